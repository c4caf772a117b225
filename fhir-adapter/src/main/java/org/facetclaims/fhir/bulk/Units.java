package org.facetclaims.fhir.bulk;

import java.util.List;
import org.facetclaims.fhir.read.ReadProcedure;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** The units of a bulk run's work: what it reads from a line, and what it codes and writes. */
final class Units {
  private Units() {}

  /**
   * Something to code and write, with the lines it came from: a session of Procedures, or one
   * line (a Procedure that is not coded, a Bundle, a line that was not readable).
   */
  sealed interface Unit permits Session, LineResult {
    /** Names the unit's OperationOutcome (and, for a session, its Claim). */
    String key();

    /** The unit's first line. */
    long firstLine();

    /** The Procedures read, in input order (none for a Bundle or a line not read). */
    List<ReadProcedure> procedures();
  }

  /** A session of Procedures, closed: coded together into one Claim. */
  record Session(String key, long firstLine, List<ReadProcedure> procedures) implements Unit {
    Session {
      procedures = List.copyOf(procedures);
    }
  }

  /** One line's reading (made on a pool thread, handed back in input order). */
  sealed interface LineResult extends Unit permits ProcedureLine, BundleLine, MalformedLine {
    long line();

    @Override
    default String key() {
      return "line:" + line();
    }

    @Override
    default long firstLine() {
      return line();
    }

    @Override
    default List<ReadProcedure> procedures() {
      return List.of();
    }
  }

  /** A line that held a Procedure; as a unit, one that is not coded (status, scope, date). */
  record ProcedureLine(long line, ReadProcedure procedure) implements LineResult {
    @Override
    public List<ReadProcedure> procedures() {
      return List.of(procedure);
    }
  }

  /** A line that held a Bundle: coded on its own, as {@code code} codes one input. */
  record BundleLine(long line, IBaseResource bundle) implements LineResult {}

  /** A line that is not a Procedure or Bundle; {@code message} is the refusal (FC-512). */
  record MalformedLine(long line, String message) implements LineResult {}
}
