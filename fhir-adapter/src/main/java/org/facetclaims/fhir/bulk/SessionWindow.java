package org.facetclaims.fhir.bulk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.session.SessionKey;

/**
 * Groups the lines' readings, in input order, into units of work: a codable Procedure joins the
 * open session of its key (patient, date, performer) or opens one; a session closes when its
 * first line is more than {@code window} lines behind, or at the end. Procedures of one session
 * further apart are coded as separate sessions. Everything else is a unit of its own at once.
 * Used by the reading thread only.
 */
final class SessionWindow {
  /** Where closed units go, in the order they close. */
  interface Emit {
    void unit(Units.Unit u) throws IOException;
  }

  /** A session still open: its key, its first line, its Procedures so far. */
  private static final class Open {
    final String key;
    final long firstLine;
    final List<ReadProcedure> procedures = new ArrayList<>(1);

    Open(String key, long firstLine) {
      this.key = key;
      this.firstLine = firstLine;
    }

    Units.Session close() {
      return new Units.Session(key, firstLine, procedures);
    }
  }

  private final int window;
  private final Emit emit;
  private final LinkedHashMap<String, Open> open = new LinkedHashMap<>();

  SessionWindow(int window, Emit emit) {
    this.window = window;
    this.emit = emit;
  }

  /** Takes the next line's reading; emits what it completes. */
  void add(Units.LineResult r) throws IOException {
    if (r instanceof Units.ProcedureLine p && p.procedure().codable()) {
      String key = SessionKey.of(p.procedure());
      if (SessionKey.alone(key)) {
        key = key + "#" + p.line(); // no patient: its own session, whatever its path
      }
      open.computeIfAbsent(key, k -> new Open(k, p.line())).procedures.add(p.procedure());
    } else {
      emit.unit(r);
    }
    closeBefore(r.line() - window);
  }

  /** Emits every open session (at the end of the input). */
  void closeAll() throws IOException {
    for (Open o : open.values()) {
      emit.unit(o.close());
    }
    open.clear();
  }

  /** Emits the sessions whose first line is at or before {@code line}, oldest first. */
  private void closeBefore(long line) throws IOException {
    Iterator<Open> it = open.values().iterator();
    while (it.hasNext()) {
      Open o = it.next();
      if (o.firstLine > line) {
        break;
      }
      it.remove();
      emit.unit(o.close());
    }
  }
}
