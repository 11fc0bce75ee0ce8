package org.seniortutorkit.regulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;

class WhatIfTest {
  private static final PolicyLayers CURRENT = RegulationSamples.layers();

  private static Student student(String id) {
    return RegulationSamples.student().withId(StudentId.of(id));
  }

  private static List<AttendanceEvent> attendance(String id, int attended) {
    List<AttendanceEvent> events = new ArrayList<>();
    for (AttendanceEvent e : RegulationSamples.attendance(AS_OF, 20, attended)) {
      events.add(e.withStudent(StudentId.of(id)));
    }
    return events;
  }

  private static List<ModuleResult> results(String id, int... marks) {
    return RegulationSamples.year(marks).stream().map(r -> r.withStudent(StudentId.of(id))).toList();
  }

  /** S75 attends 75%, S65 attends 65%; S36 has a 36 that is compensated only while the zone is 10 wide. */
  private static StudentRecords records() {
    return StudentRecords.builder().asOf(AS_OF)
        .addStudents(student("S75"), student("S65"), student("S36"))
        .addAllAttendance(attendance("S75", 15)).addAllAttendance(attendance("S65", 13))
        .addAllResults(results("S36", 36, 60, 60, 60, 60, 60))
        .build();
  }

  @Test
  void raising_the_attendance_threshold_flags_more_students() {
    WhatIfReport report = WhatIf.compare(records(), CURRENT,
        CURRENT.withSetting(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT, 80));
    assertThat(report.newlyFlagged()).extracting(Finding::subject).containsExactly(Subject.student(StudentId.of("S75")));
    assertThat(report.noLongerFlagged()).isEmpty();
  }

  @Test
  void lowering_it_clears_students() {
    WhatIfReport report = WhatIf.compare(records(), CURRENT,
        CURRENT.withSetting(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT, 60));
    assertThat(report.noLongerFlagged()).extracting(Finding::subject).containsExactly(Subject.student(StudentId.of("S65")));
  }

  @Test
  void narrowing_compensation_changes_a_progression_outcome() {
    WhatIfReport report = WhatIf.compare(records(), CURRENT,
        CURRENT.withSetting(PolicySetting.COMPENSATION_ZONE_WIDTH, 3));
    assertThat(report.progressionChanges()).singleElement()
        .hasToString("S36: PROGRESS -> MAKE_GOOD_DEFICIENCIES/RESIT");
    assertThat(report.newlyFlagged()).extracting(f -> f.ruleId().value()).containsExactly("PROG-OUTCOME");
  }

  @Test
  void the_same_policy_makes_no_difference() {
    assertThat(WhatIf.compare(records(), CURRENT, CURRENT).isEmpty()).isTrue();
  }

  @Test
  void a_what_if_value_of_the_wrong_kind_is_refused() {
    assertThatThrownBy(() -> CURRENT.withSetting(PolicySetting.COMPENSATION_ZONE_WIDTH, "wide"))
        .hasMessageContaining("must be a whole number");
  }
}
