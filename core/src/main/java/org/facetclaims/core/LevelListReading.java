package org.facetclaims.core;

/**
 * How a list of single vertebral levels ("at the L4, L5 and S1 levels") is read (coding-rules
 * §3): as vertebrae, the joints between adjacent listed levels (the reading coded), or as the
 * medial-branch nerves of the listed levels (the other reading, compared with it).
 */
enum LevelListReading {
  AS_VERTEBRAE(""),
  AS_NERVES(" (level lists read as nerves)");

  private final String traceNote;

  LevelListReading(String traceNote) {
    this.traceNote = traceNote;
  }

  /** What the trace adds to the entries of this reading: nothing for the one coded. */
  String traceNote() {
    return traceNote;
  }
}
