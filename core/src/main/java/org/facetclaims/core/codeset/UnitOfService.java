package org.facetclaims.core.codeset;

/** What one unit of a facet destruction code counts, which depends on the edition. */
public enum UnitOfService {
  /** Legacy edition (2007-2011): one nerve at one vertebral level, per side. */
  NERVE("nerve"),
  /** Current edition (2012 on): one facet joint, per side; both nerves of a joint count once. */
  JOINT("facet joint");

  private final String label;

  UnitOfService(String label) {
    this.label = label;
  }

  /** The counted thing, in words. */
  public String label() {
    return label;
  }
}
