package org.seniortutorkit.examples.cli.desk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.StateMachine;
import org.seniortutorkit.casework.Transition;
import org.seniortutorkit.examples.cli.table.Column;
import org.seniortutorkit.examples.cli.table.TextTable;
import org.seniortutorkit.examples.cli.table.WordWrap;

/** A kind's transition table as text lines fitted to a width, for {@code senior-tutor cases}. */
public final class StateMachineTable {
  private StateMachineTable() {}

  public static List<String> lines(CaseKind kind, int width) {
    StateMachine machine = kind.machine();
    List<String> lines = new ArrayList<>();
    lines.addAll(WordWrap.lines(kind + ": starts in " + machine.initial() + ", opened by "
        + roles(machine.openers()), width));
    // States and commands are names to type and search for, so they stay whole; the list of roles wraps.
    TextTable table = TextTable.of(Column.whole("from"), Column.whole("command"), Column.whole("to"),
        Column.wrapped("roles", 16)).indent(2);
    for (Transition t : machine.transitions()) {
      table.row(t.from(), t.command(), t.to(), roles(t.roles()));
    }
    lines.addAll(table.render(width));
    return lines;
  }

  private static String roles(Collection<CaseRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
