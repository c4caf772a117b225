package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.Collection;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;

/**
 * A list of findings that keeps at most a limit and counts the rest, so that hostile input (a
 * Procedure with a million unreadable notes) cannot grow the findings, the OperationOutcome and
 * the memory behind them without bound. {@link #close} appends the one finding FC-510 that says
 * how many were left out. Not thread-safe, like the {@code ArrayList} it is.
 */
public final class FindingList extends ArrayList<Finding> {
  private static final long serialVersionUID = 1L;

  private final int limit;
  private int dropped;

  public FindingList(int limit) {
    super(4);
    this.limit = limit;
  }

  /** Keeps the finding while under the limit, otherwise counts it; always true. */
  @Override
  public boolean add(Finding f) {
    if (size() < limit) {
      super.add(f);
    } else {
      dropped++;
    }
    return true;
  }

  @Override
  public void add(int index, Finding f) {
    if (size() < limit) {
      super.add(index, f);
    } else {
      dropped++;
    }
  }

  @Override
  public boolean addAll(Collection<? extends Finding> c) {
    for (Finding f : c) {
      add(f);
    }
    return !c.isEmpty();
  }

  @Override
  public boolean addAll(int index, Collection<? extends Finding> c) {
    int i = index;
    for (Finding f : c) {
      if (size() < limit) {
        super.add(i++, f);
      } else {
        dropped++;
      }
    }
    return !c.isEmpty();
  }

  /** How many findings were left out so far. */
  public int dropped() {
    return dropped;
  }

  /**
   * Appends the finding FC-510 that counts what was left out, if anything was (the list may then
   * hold one more than its limit), and starts counting again.
   *
   * @param of what the findings are about, for example {@code Procedure/123}
   * @param element the input element, or null
   */
  public void close(String of, String element) {
    if (dropped == 0) {
      return;
    }
    Finding f = Finding.of(FindingCode.INPUT_LIMIT, dropped + " more finding"
        + (dropped == 1 ? "" : "s") + " of " + of + (dropped == 1 ? " is" : " are")
        + " not listed: at most " + limit + " are listed.");
    super.add(element == null ? f : f.at(element));
    dropped = 0;
  }
}
