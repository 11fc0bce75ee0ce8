package org.seniortutorkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;

/**
 * The sample dashboard shows one department: loads from its allocation, flags from the check of its records,
 * cases of its students; it is assembled from what the library computed and carries no special-category detail.
 */
class SampleDashboardTest {
  private static final LocalDate DAY = DayAtTheDesk.DAY;
  private final DashboardData data = SampleDashboard.of(DAY);
  private final SampleDepartment sample = SampleDepartment.load();
  private final Set<String> students = sample.students().stream().map(s -> s.id().value()).collect(Collectors.toSet());
  private final Set<String> staffNames = sample.staff().stream().map(StaffMember::fullName).collect(Collectors.toSet());

  @Test
  void shows_every_tutors_load_from_the_allocation() {
    Allocation allocation = sample.allocate();
    long tutors = sample.staff().stream().filter(s -> s.holds(StaffRole.PERSONAL_TUTOR)).count();

    assertThat(data.tutorLoads()).hasSize((int) tutors);
    assertThat(data.tutorLoads().stream().mapToInt(DashboardData.TutorLoad::tutees).sum())
        .isEqualTo(allocation.assignments().size());
    assertThat(data.tutorLoads()).noneMatch(DashboardData.TutorLoad::overCapacity);
  }

  @Test
  void a_tutor_with_no_tutees_says_which_rule_kept_them_from_every_student() {
    assertThat(data.tutorLoads()).filteredOn(l -> l.tutees() == 0).isNotEmpty()
        .extracting(DashboardData.TutorLoad::unavailable)
        .allMatch(note -> note.equals("TUTOR_ACTIVE not met") || note.equals("WORKSHOP_COMPLETED not met"));
    assertThat(data.tutorLoads()).filteredOn(l -> l.tutees() > 0)
        .allSatisfy(l -> assertThat(l.unavailable()).isEmpty());
  }

  @Test
  void flags_come_from_the_monitoring_rules_and_cases_from_the_desk() {
    assertThat(data.flaggedStudents()).isNotEmpty().allMatch(f -> f.rule().startsWith("MON-"));
    assertThat(data.overdueMeetings()).isNotEmpty();
    assertThat(data.openCases()).isNotEmpty();
    assertThat(data.trainingGaps()).anyMatch(g -> g.gap().contains("Introduction to Personal Tutoring"));
  }

  @Test
  void every_student_named_is_a_student_of_the_sample_department() {
    assertThat(data.overdueMeetings()).allSatisfy(m -> assertThat(students).contains(m.student()));
    assertThat(data.flaggedStudents()).allSatisfy(f -> assertThat(students).contains(f.student()));
    assertThat(DayAtTheDesk.run().cases()).allSatisfy(c -> assertThat(students).contains(c.student().value()));
  }

  @Test
  void every_tutor_named_is_a_member_of_the_sample_departments_staff() {
    assertThat(data.tutorLoads()).allSatisfy(l -> assertThat(staffNames).contains(l.tutor()));
    assertThat(data.overdueMeetings()).allSatisfy(m -> assertThat(staffNames).contains(m.tutor()));
    assertThat(data.trainingGaps()).allSatisfy(g -> assertThat(staffNames).contains(g.staff()));
  }

  @Test
  void an_overdue_meeting_names_the_tutor_the_allocation_gave_the_student() {
    Allocation allocation = sample.allocate();
    var names = sample.staff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));

    assertThat(data.overdueMeetings()).allSatisfy(m -> assertThat(m.tutor()).isEqualTo(
        names.get(allocation.tutorOf(org.seniortutorkit.kernel.StudentId.of(m.student())).orElseThrow())));
  }

  @Test
  void the_rendered_page_names_no_complex_need() {
    String html = DashboardPage.render(data);
    for (ComplexNeed need : ComplexNeed.values()) {
      assertThat(html).doesNotContain(need.name());
    }
  }

  @Test
  void every_flag_recommends_an_action_that_any_student_could_get() {
    assertThat(data.flaggedStudents()).extracting(DashboardData.FlaggedStudent::recommendedAction)
        .isNotEmpty()
        .allMatch(action -> action.equals("TUTOR_FOLLOW_UP") || action.equals("ESCALATE_TO_SENIOR_TUTOR"));
  }
}
