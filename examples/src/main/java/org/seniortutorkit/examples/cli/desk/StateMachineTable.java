package org.seniortutorkit.examples.cli.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.StateMachine;
import org.seniortutorkit.casework.Transition;

/** A kind's transition table as aligned text lines, for {@code senior-tutor cases}. */
public final class StateMachineTable {
  private StateMachineTable() {}

  public static List<String> lines(CaseKind kind) {
    StateMachine machine = kind.machine();
    List<String> lines = new ArrayList<>();
    lines.add(kind + ": starts in " + machine.initial() + ", opened by " + roles(machine.openers()));
    lines.add(String.format("  %-22s %-20s %-22s %s", "from", "command", "to", "roles"));
    for (Transition t : machine.transitions()) {
      lines.add(String.format("  %-22s %-20s %-22s %s", t.from(), t.command(), t.to(), roles(t.roles())));
    }
    return lines;
  }

  private static String roles(java.util.Collection<CaseRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
