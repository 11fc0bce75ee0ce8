package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.attendance;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.student.ComplexNeed;

/** A finding's recommended action is the same for every student, whatever their complex needs. */
class NeedNeutralActionProperties {
  private final AttendanceBelowThreshold attendanceRule = new AttendanceBelowThreshold();

  @Property
  void an_attendance_finding_says_the_same_with_or_without_complex_needs(
      @ForAll @Size(max = 4) Set<ComplexNeed> needs, @ForAll @IntRange(min = 5, max = 40) int sessions,
      @ForAll @IntRange(min = 0, max = 40) int attendedWish) {
    int attended = Math.min(attendedWish, sessions);
    var events = attendance(AS_OF, sessions, attended);
    StudentFile withNeeds = StudentFile.of(RegulationSamples.student().withComplexNeeds(needs))
        .withAttendance(events);
    StudentFile without = StudentFile.of(RegulationSamples.student().withComplexNeeds(Set.<ComplexNeed>of()))
        .withAttendance(events);

    Optional<RecommendedAction> said = attendanceRule.check(withNeeds, policy(), AS_OF).map(Finding::action);

    assertThat(said).isEqualTo(attendanceRule.check(without, policy(), AS_OF).map(Finding::action));
    said.ifPresent(action -> assertThat(action.revealsComplexNeed()).isFalse());
  }
}
