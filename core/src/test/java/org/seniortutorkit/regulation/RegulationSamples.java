package org.seniortutorkit.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.testing.Samples;

/** Ready-made policy and records for regulation tests. */
public final class RegulationSamples {
  /** A Friday in term. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  private static final PolicyLayers LAYERS = PolicyLayers.of(List.of(DefaultPolicyPack.load()));
  private static final Policy POLICY = LAYERS.resolveInstitution(AS_OF);

  private RegulationSamples() {}

  public static PolicyLayers layers() {
    return LAYERS;
  }

  /** The default pack's institution policy in 2026/27. */
  public static Policy policy() {
    return POLICY;
  }

  /** A second-year undergraduate with no complex needs. */
  public static Student student() {
    return Samples.student().withComplexNeeds(List.of()).withYearOfStudy(2);
  }

  public static StudentFile file() {
    return StudentFile.of(student());
  }

  public static StudentId id() {
    return student().id();
  }

  /** {@code sessions} daily sessions ending on {@code last}, the first {@code attended} of them attended. */
  public static List<AttendanceEvent> attendance(LocalDate last, int sessions, int attended) {
    List<AttendanceEvent> events = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      events.add(AttendanceEvent.of(id(), last.minusDays(sessions - 1 - i), i < attended));
    }
    return events;
  }

  public static ModuleResult result(String module, int mark) {
    return result(module, 20, mark, 1);
  }

  public static ModuleResult result(String module, int credits, int mark, int attempt) {
    return ModuleResult.builder().student(id()).module(module).academicYear(AcademicYear.of(2026))
        .credits(credits).mark(mark).attempt(attempt).build();
  }

  /** Six 20-credit modules (120 credits) with the given marks, first attempts. */
  public static List<ModuleResult> year(int... marks) {
    List<ModuleResult> results = new ArrayList<>();
    for (int i = 0; i < marks.length; i++) {
      results.add(result("MOD" + (i + 1), marks[i]));
    }
    return results;
  }
}
