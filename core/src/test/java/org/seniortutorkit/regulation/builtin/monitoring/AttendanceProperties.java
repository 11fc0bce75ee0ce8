package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import net.jqwik.api.Example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.regulation.builtin.withdrawal.WithdrawalProcedure;

class AttendanceProperties {
  private final List<StudentRule> attendanceRules = List.of(new AttendanceBelowThreshold(), new WithdrawalProcedure());

  @Property
  void more_attendance_never_adds_an_attendance_finding(
      @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 100) Integer> daysAgo,
      @ForAll @Size(min = 1, max = 120) List<Boolean> attended, @ForAll @IntRange(min = 0, max = 119) int flip) {
    List<AttendanceEvent> before = new ArrayList<>();
    for (int i = 0; i < daysAgo.size(); i++) {
      before.add(AttendanceEvent.of(RegulationSamples.id(), AS_OF.minusDays(daysAgo.get(i)),
          attended.get(i % attended.size())));
    }
    List<AttendanceEvent> after = new ArrayList<>(before);
    int index = flip % after.size();
    after.set(index, after.get(index).withAttended(true));
    StudentFile fileBefore = RegulationSamples.file().withAttendance(before);
    StudentFile fileAfter = RegulationSamples.file().withAttendance(after);
    for (StudentRule rule : attendanceRules) {
      if (rule.check(fileBefore, RegulationSamples.policy(), AS_OF).isEmpty()) {
        assertThat(rule.check(fileAfter, RegulationSamples.policy(), AS_OF)).as(rule.id().value()).isEmpty();
      }
    }
  }

  @Example
  void an_attendance_event_without_a_date_is_refused() {
    assertThatThrownBy(() -> AttendanceEvent.of(RegulationSamples.id(), null, true))
        .isInstanceOf(NullPointerException.class);
  }
}
