package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

/**
 * One documented facet nerve destruction as the record describes it: the technique, the image
 * guidance and the treated sites. Several procedures of one patient, date and performer form a
 * {@link CodingSession}. Immutable; build with {@link #builder(Technique)}.
 *
 * <pre>{@code
 * DocumentedProcedure p = DocumentedProcedure.builder(Technique.thermalRf(80))
 *     .imaging(Imaging.FLUOROSCOPY)
 *     .joint("L4-L5", Laterality.BILATERAL)
 *     .joint("L5-S1", Laterality.BILATERAL)
 *     .reference("Procedure/123")
 *     .build();
 * }</pre>
 */
public final class DocumentedProcedure {
  /** Most sites one procedure may carry; more than this is not a facet session. */
  public static final int MAX_SITES = 512;

  private final Technique technique;
  private final Imaging imaging;
  private final ImmutableList<TreatedSite> sites;
  private final String reference;

  private DocumentedProcedure(Builder b) {
    this.technique = b.technique;
    this.imaging = b.imaging;
    this.sites = ImmutableList.copyOf(b.sites);
    this.reference = b.reference;
  }

  /** A builder for a procedure done with {@code technique}; imaging defaults to unknown. */
  public static Builder builder(Technique technique) {
    return new Builder(Objects.requireNonNull(technique, "technique"));
  }

  public Technique technique() {
    return technique;
  }

  public Imaging imaging() {
    return imaging;
  }

  /** The treated sites, in the order given. */
  public ImmutableList<TreatedSite> sites() {
    return sites;
  }

  /** The caller's reference for this procedure (for example "Procedure/123"), if given. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  String referenceOrNull() {
    return reference;
  }

  @Override
  public String toString() {
    return technique + ", " + imaging.label() + ", " + sites;
  }

  /** Builds a {@link DocumentedProcedure}. Not thread-safe. */
  public static final class Builder {
    private final Technique technique;
    private Imaging imaging = Imaging.UNKNOWN;
    private final List<TreatedSite> sites = new ArrayList<>();
    private String reference;

    private Builder(Technique technique) {
      this.technique = technique;
    }

    public Builder imaging(Imaging imaging) {
      this.imaging = Objects.requireNonNull(imaging, "imaging");
      return this;
    }

    /** Adds a site. */
    public Builder site(TreatedSite site) {
      if (sites.size() >= MAX_SITES) {
        throw new IllegalArgumentException("More than " + MAX_SITES + " sites in one procedure");
      }
      sites.add(Objects.requireNonNull(site, "site"));
      return this;
    }

    /** Adds a joint. */
    public Builder joint(FacetJoint joint, Laterality laterality) {
      return site(TreatedSite.joint(joint, laterality));
    }

    /**
     * Adds a joint by its notation.
     *
     * @throws IllegalArgumentException when the notation is not a facet joint ("L5-L6")
     */
    public Builder joint(String notation, Laterality laterality) {
      return joint(FacetJoint.parse(notation), laterality);
    }

    /** Adds nerves, all on the same side(s). */
    public Builder nerves(Laterality laterality, Nerve... nerves) {
      for (Nerve n : nerves) {
        site(TreatedSite.nerve(n, laterality));
      }
      return this;
    }

    /** Adds a list of single vertebral levels. */
    public Builder levels(Laterality laterality, Vertebra... levels) {
      return site(TreatedSite.levels(laterality, levels));
    }

    /** The caller's reference for the procedure, echoed in findings and lines. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public DocumentedProcedure build() {
      return new DocumentedProcedure(this);
    }
  }
}
