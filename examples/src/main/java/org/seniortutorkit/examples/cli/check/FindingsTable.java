package org.seniortutorkit.examples.cli.check;

import java.util.List;
import org.seniortutorkit.examples.cli.table.Column;
import org.seniortutorkit.examples.cli.table.TextTable;
import org.seniortutorkit.regulation.Finding;

/**
 * Findings as a table: who, how serious, which rule, then what was found, what to do and where the rule is
 * written, as one wrapped column so the long part gives way to the terminal's width and the ids do not.
 */
final class FindingsTable {
  private FindingsTable() {}

  /** No lines for no findings: the count printed above already says so, and a bare header says nothing. */
  static List<String> lines(List<Finding> findings, int width) {
    if (findings.isEmpty()) {
      return List.of();
    }
    TextTable table = TextTable.of(Column.whole("subject"), Column.whole("severity"), Column.whole("rule"),
        Column.wrapped("finding, action and citation", 24)).indent(2);
    findings.forEach(f -> table.row(f.subject(), f.severity(), f.ruleId(),
        // A dash, not a colon, after the outcome: MAKE_GOOD_DEFICIENCIES/RESIT is already the longest word.
        f.outcome() + " — " + f.explanation() + ". Action: " + f.action() + ". [" + f.citation() + "]"));
    return table.render(width);
  }
}
