package org.facetclaims.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.RifColumn;

/**
 * What an audit run did: the totals, the input's format and columns, what could not be read,
 * and the period the data covers. Written to summary.json and report.html.
 *
 * @param input the input file's name (never its content)
 * @param format the format read
 * @param totals lines, sessions, findings and amounts
 * @param missingColumns optional RIF columns the input lacks (their rules are not judged)
 * @param unreadableRecords EOB NDJSON records that gave no claim line (FC-817)
 * @param firstDate the first date of service in the data (the start of known history)
 * @param lastDate the last date of service in the data
 * @param elapsed wall time of the run
 */
public record AuditResult(String input, InputFormat format, AuditTotals totals,
    List<RifColumn> missingColumns, long unreadableRecords, LocalDate firstDate,
    LocalDate lastDate, Duration elapsed) {

  public AuditResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(totals, "totals");
    missingColumns = List.copyOf(missingColumns);
  }
}
