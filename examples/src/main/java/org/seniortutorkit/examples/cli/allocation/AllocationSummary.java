package org.seniortutorkit.examples.cli.allocation;

import java.io.PrintWriter;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.Move;
import org.seniortutorkit.allocation.TutorLoad;
import org.seniortutorkit.allocation.UnplacedStudent;
import org.seniortutorkit.examples.cli.table.Column;
import org.seniortutorkit.examples.cli.table.TextTable;

/**
 * The console summary of an allocation: totals, loads per tutor, continuity, unplaced students, moves, with
 * the tables fitted to the terminal's width.
 */
final class AllocationSummary {
  private final PrintWriter out;
  private final int width;

  AllocationSummary(PrintWriter out, int width) {
    this.out = out;
    this.width = width;
  }

  void print(Allocation allocation) {
    int placed = allocation.assignments().size();
    out.printf("Allocation %s: %d of %d students placed, total cost %d%n", allocation.year(), placed,
        placed + allocation.unplaced().size(), allocation.totalCost());
    out.printf("Continuity: %d of %d returning students kept last year's tutor%n", allocation.continuityKept(),
        allocation.returningStudents());
    out.println("Loads:");
    TextTable loads = TextTable.of(Column.whole("tutor"), Column.number("tutees"), Column.number("capacity"),
        Column.number("FTE"), Column.wrapped("unavailable by")).indent(2);
    for (TutorLoad load : allocation.tutorLoads()) {
      loads.row(load.tutor(), load.tutees(), load.capacity(), String.format("%.2f", load.fte()),
          load.unavailableBy().map(Enum::name).orElse(""));
    }
    print(loads);
    if (!allocation.unplaced().isEmpty()) {
      out.println("Unplaced students (" + allocation.unplaced().size() + "):");
      TextTable unplaced = TextTable.of(Column.whole("student"), Column.wrapped("reason")).indent(2);
      for (UnplacedStudent student : allocation.unplaced()) {
        unplaced.row(student.student(), student.reason());
      }
      print(unplaced);
    }
    if (!allocation.moves().isEmpty()) {
      out.println("Moves (" + allocation.moves().size() + "):");
      TextTable moves = TextTable.of(Column.whole("student"), Column.whole("from"), Column.whole("to"),
          Column.wrapped("reason")).indent(2);
      for (Move move : allocation.moves()) {
        moves.row(move.student(), move.from(), move.to().map(Object::toString).orElse("(unplaced)"), move.reason());
      }
      print(moves);
    }
  }

  private void print(TextTable table) {
    table.render(width).forEach(out::println);
  }
}
