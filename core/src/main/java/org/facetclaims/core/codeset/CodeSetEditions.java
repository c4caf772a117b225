package org.facetclaims.core.codeset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;

/**
 * The code-set editions a coding engine knows, chosen by date of service. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CodeSetEditions.standard().forDate(LocalDate.of(2010, 9, 9));   // legacy-2007
 * }</pre>
 */
public final class CodeSetEditions {
  /** The codes CPT 2012 deleted; never emitted for a date of service from 2012-01-01. */
  public static final ImmutableSet<String> DELETED_IN_2012 =
      ImmutableSet.of("64622", "64623", "64626", "64627");

  /** The legacy per-nerve edition, dates of service 2007-01-01 through 2011-12-31. */
  public static final CodeSetEdition LEGACY_2007 = CodeSetEdition.builder("legacy-2007")
      .name("Legacy per-nerve codes (CPT 2007-2011)")
      .effective(LocalDate.of(2007, 1, 1), LocalDate.of(2011, 12, 31))
      .unit(UnitOfService.NERVE)
      .family(JointFamily.CERVICAL_THORACIC,
          "64626", "Destruction of paravertebral facet joint nerve, cervical or thoracic, single level",
          "64627", "Destruction of paravertebral facet joint nerve, cervical or thoracic, each additional level")
      .family(JointFamily.LUMBAR_SACRAL,
          "64622", "Destruction of paravertebral facet joint nerve, lumbar or sacral, single level",
          "64623", "Destruction of paravertebral facet joint nerve, lumbar or sacral, each additional level")
      .separateImaging(Imaging.FLUOROSCOPY, "77003", "Fluoroscopic guidance for spinal needle placement")
      .separateImaging(Imaging.CT, "77012", "CT guidance for needle placement")
      .unlisted("64999", "Unlisted procedure, nervous system")
      .minimumThermalCelsius(null)
      .requiresFluoroscopyOrCt(false)
      .source("CPT 2007-2011 (deleted by CPT 2012, as quoted by AAPC); per-nerve counting: CPT"
          + " Assistant Sept 2004 as quoted; pulsed RF to 64999: CPT Assistant Aug 2005")
      .build();

  /** The current per-joint edition, dates of service from 2012-01-01. */
  public static final CodeSetEdition CURRENT_2012 = CodeSetEdition.builder("current-2012")
      .name("Current per-joint codes (CPT 2012 on)")
      .effective(LocalDate.of(2012, 1, 1), null)
      .unit(UnitOfService.JOINT)
      .family(JointFamily.CERVICAL_THORACIC,
          "64633", "Destruction of paravertebral facet joint nerves with imaging guidance, cervical or thoracic, single joint",
          "64634", "Destruction of paravertebral facet joint nerves with imaging guidance, cervical or thoracic, each additional joint")
      .family(JointFamily.LUMBAR_SACRAL,
          "64635", "Destruction of paravertebral facet joint nerves with imaging guidance, lumbar or sacral, single joint",
          "64636", "Destruction of paravertebral facet joint nerves with imaging guidance, lumbar or sacral, each additional joint")
      .unlisted("64999", "Unlisted procedure, nervous system")
      .chemicalUnlistedFrom(LocalDate.of(2012, 1, 1))
      .minimumThermalCelsius(80)
      .requiresFluoroscopyOrCt(true)
      .source("CPT Changes 2012 as quoted by AAPC; per-joint counting: CMS billing article A58350;"
          + " non-thermal denervation to 64999: CPT instruction quoted in a 2017 newsletter"
          + " (first year not confirmed; start date is data)")
      .build();

  private static final CodeSetEditions STANDARD =
      new CodeSetEditions(ImmutableList.of(LEGACY_2007, CURRENT_2012));

  private final ImmutableList<CodeSetEdition> editions;

  private CodeSetEditions(List<CodeSetEdition> editions) {
    ImmutableList<CodeSetEdition> sorted = ImmutableList.sortedCopyOf(
        Comparator.comparing(CodeSetEdition::effectiveFrom), editions);
    for (int i = 1; i < sorted.size(); i++) {
      CodeSetEdition prev = sorted.get(i - 1);
      if (prev.effectiveThrough().isEmpty()
          || !prev.effectiveThrough().get().isBefore(sorted.get(i).effectiveFrom())) {
        throw new IllegalArgumentException("Editions " + prev.id() + " and " + sorted.get(i).id()
            + " overlap");
      }
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("At least one edition is needed");
    }
    this.editions = sorted;
  }

  /** The editions CPT has had: legacy 2007-2011 and current from 2012. */
  public static CodeSetEditions standard() {
    return STANDARD;
  }

  /**
   * A caller-defined set of editions, for example to add a future release.
   *
   * @throws IllegalArgumentException when editions overlap in time or none is given
   */
  public static CodeSetEditions of(List<CodeSetEdition> editions) {
    return new CodeSetEditions(editions);
  }

  /** The edition in force on a date of service, or empty when none is. */
  public Optional<CodeSetEdition> forDate(LocalDate dateOfService) {
    for (CodeSetEdition e : editions) {
      if (e.appliesTo(dateOfService)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The first date of service any edition supports. */
  public LocalDate earliestDate() {
    return editions.get(0).effectiveFrom();
  }

  /** All editions, oldest first. */
  public ImmutableList<CodeSetEdition> all() {
    return editions;
  }
}
