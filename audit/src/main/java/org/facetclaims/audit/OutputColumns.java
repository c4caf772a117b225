package org.facetclaims.audit;

import java.util.List;

/**
 * The columns of the audit's two tables, the same for every engine (the one-machine runner's
 * lines.csv and findings.csv, the Spark engine's lines and findings): audit.md "Output".
 */
public final class OutputColumns {
  /** The columns lines.csv adds after every input column. */
  public static final List<String> LINE_VERDICT = List.of("UNITS_NOT_COVERED", "AMOUNT_AT_RISK",
      "FINDINGS");

  /** The columns of findings.csv, in order. */
  public static final List<String> FINDING = List.of("BENE_ID", "CLM_ID", "LINE_NUM",
      "SESSION_DATE", "FINDING_ID", "SEVERITY", "RULE_SOURCE", "MESSAGE", "UNITS", "AMOUNT",
      "INPUT_ROW");

  private OutputColumns() {}
}
