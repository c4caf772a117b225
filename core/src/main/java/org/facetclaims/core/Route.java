package org.facetclaims.core;

/** Which codes a procedure's units go to; its technique and guidance decide (coding-rules §2). */
enum Route {
  /** The edition's facet destruction codes. */
  DESTRUCTION("destruction"),
  /** The unlisted code 64999, one line per family. */
  UNLISTED("unlisted");

  private final String word;

  Route(String word) {
    this.word = word;
  }

  /** The route in the trace's words. */
  String word() {
    return word;
  }
}
