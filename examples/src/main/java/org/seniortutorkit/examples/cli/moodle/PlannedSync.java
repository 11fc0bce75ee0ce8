package org.seniortutorkit.examples.cli.moodle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.moodle.mapping.AssignmentMapping;
import org.seniortutorkit.moodle.mapping.Mapped;
import org.seniortutorkit.moodle.sync.Ledger;
import org.seniortutorkit.moodle.sync.SyncOperation;
import org.seniortutorkit.moodle.sync.SyncPlan;
import org.seniortutorkit.moodle.sync.SyncPlanner;
import org.seniortutorkit.tutoring.TutorAssignment;

/** The plan shared by {@code moodle plan} and {@code moodle apply}, and the problems met making it. */
record PlannedSync(SyncPlan plan, List<String> problems) {
  static PlannedSync make(MoodleSession session, Path assignmentsFile) {
    List<TutorAssignment> assignments = readAssignments(assignmentsFile);
    Mapped<SyncOperation> desired = AssignmentMapping.desired(assignments, session.people(), session.config,
        session.tutorCohorts());
    Set<SyncOperation> adds = new LinkedHashSet<>(desired.values());
    SyncPlan plan = SyncPlanner.plan(adds, Ledger.of(session.journal));
    return new PlannedSync(plan, desired.problems());
  }

  void print(PrintWriter out, int show) {
    out.println("Plan: " + plan.summary());
    plan.operations().stream().limit(show).forEach(op -> out.println("  " + op));
    if (show > 0 && plan.operations().size() > show) {   // apply shows none, and has no --show to offer
      out.println("  ... and " + (plan.operations().size() - show) + " more (use --show to list more)");
    }
    problems.forEach(problem -> out.println("  problem: " + problem));
  }

  private static List<TutorAssignment> readAssignments(Path file) {
    try {
      return SeniorTutorJson.read(Files.readString(file), new TypeReference<List<TutorAssignment>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the assignments file " + file, e);
    }
  }
}
