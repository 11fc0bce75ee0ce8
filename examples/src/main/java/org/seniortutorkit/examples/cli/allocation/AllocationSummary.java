package org.seniortutorkit.examples.cli.allocation;

import java.io.PrintWriter;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.Move;
import org.seniortutorkit.allocation.TutorLoad;
import org.seniortutorkit.allocation.UnplacedStudent;

/** The console summary of an allocation: totals, loads per tutor, continuity, unplaced students, moves. */
final class AllocationSummary {
  private final PrintWriter out;

  AllocationSummary(PrintWriter out) {
    this.out = out;
  }

  void print(Allocation allocation) {
    int placed = allocation.assignments().size();
    out.printf("Allocation %s: %d of %d students placed, total cost %d%n", allocation.year(), placed,
        placed + allocation.unplaced().size(), allocation.totalCost());
    out.printf("Continuity: %d of %d returning students kept last year's tutor%n", allocation.continuityKept(),
        allocation.returningStudents());
    out.println("Loads (tutor, tutees/capacity, FTE):");
    for (TutorLoad load : allocation.tutorLoads()) {
      out.printf("  %-12s %4d/%-4d FTE %.2f%n", load.tutor(), load.tutees(), load.capacity(), load.fte());
    }
    if (!allocation.unplaced().isEmpty()) {
      out.println("Unplaced students (" + allocation.unplaced().size() + "):");
      for (UnplacedStudent unplaced : allocation.unplaced()) {
        out.printf("  %s: %s%n", unplaced.student(), unplaced.reason());
      }
    }
    if (!allocation.moves().isEmpty()) {
      out.println("Moves (" + allocation.moves().size() + "):");
      for (Move move : allocation.moves()) {
        out.printf("  %s: %s -> %s, %s%n", move.student(), move.from(),
            move.to().map(Object::toString).orElse("(unplaced)"), move.reason());
      }
    }
  }
}
