package org.seniortutorkit.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;

class DayAtTheDeskTest {
  private final DayAtTheDesk.Result day = DayAtTheDesk.run();
  private final DeskPeople people = new DeskPeople(DayAtTheDesk.DAY);
  private final SampleDepartment sample = SampleDepartment.load();

  @Test
  void the_audit_chain_of_the_day_verifies() {
    assertThat(day.auditVerification().isIntact()).isTrue();
    assertThat(day.lines()).last().asString().startsWith("Open at the end of the day:");
    assertThat(day.lines()).anyMatch(l -> l.matches("Audit log: (\\d+) entries; audit chain intact \\(\\1 entries\\)"));
  }

  @Test
  void everyone_at_the_desk_belongs_to_the_sample_department() {
    Set<StudentId> students = sample.students().stream().map(Student::id).collect(Collectors.toSet());
    Set<StaffId> staff = sample.staff().stream().map(StaffMember::id).collect(Collectors.toSet());

    assertThat(day.cases()).isNotEmpty().allSatisfy(c -> assertThat(students).contains(c.student()));
    assertThat(day.cases()).allSatisfy(c -> c.personalTutor().ifPresent(t -> assertThat(staff).contains(t)));
    assertThat(sample.department().seniorTutorAppointments()).anyMatch(a -> a.seniorTutor().equals(people.seniorTutor.id()));
    assertThat(staff).contains(people.adviser.id());
  }

  @Test
  void each_case_names_the_students_personal_tutor_from_the_records() {
    StudentRecords records = SampleFolder.open().read(Optional.of(DayAtTheDesk.DAY), DayAtTheDesk.DAY);

    assertThat(day.cases()).filteredOn(c -> c.personalTutor().isPresent()).isNotEmpty()
        .allSatisfy(c -> assertThat(records.assignments())
            .anyMatch(a -> a.student().equals(c.student()) && a.tutor().equals(c.personalTutor().get())));
  }

  @Test
  void concerns_are_raised_by_a_tutor_and_by_a_monitoring_finding() {
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.CONCERN)
        .extracting(c -> c.concernSource().orElseThrow())
        .containsExactlyInAnyOrder(ConcernSource.MONITORING_FINDING, ConcernSource.TUTOR);
  }

  @Test
  void the_monitoring_concern_is_about_the_student_the_days_attendance_check_flags() {
    assertThat(people.flaggedBy.ruleId()).isEqualTo(RuleId.of("MON-ATTENDANCE"));
    assertThat(people.flaggedBy.subject()).isEqualTo(Subject.student(people.flagged.id()));
    assertThat(day.cases()).filteredOn(c -> c.concernSource().equals(Optional.of(ConcernSource.MONITORING_FINDING)))
        .singleElement().satisfies(c -> {
          assertThat(c.student()).isEqualTo(people.flagged.id());
          assertThat(c.findingRule()).contains(RuleId.of("MON-ATTENDANCE"));
        });
  }

  @Test
  void the_tutors_concern_is_about_a_student_known_to_need_pastoral_support() {
    assertThat(people.worried.complexNeeds()).isNotEmpty().doesNotContain(ComplexNeed.DISABILITY_SUPPORT_PLAN);
    assertThat(day.cases()).filteredOn(c -> c.concernSource().equals(Optional.of(ConcernSource.TUTOR)))
        .singleElement().satisfies(c -> assertThat(c.student()).isEqualTo(people.worried.id()));
  }

  @Test
  void one_concern_is_escalated_and_referred_to_the_wellbeing_adviser() {
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.REFERRAL).singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(CaseState.ACCEPTED_BY_SERVICE));
    assertThat(day.lines())
        .anyMatch(l -> l.contains("REFERRAL of " + people.worried.id() + " to the Student Wellbeing Adviser"));
  }

  @Test
  void the_records_pending_evidenced_claim_reaches_the_panels_outcome() {
    assertThat(people.claim.evidenceProvided()).isTrue();
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.MITIGATING_CIRCUMSTANCES).singleElement()
        .satisfies(c -> {
          assertThat(c.student()).isEqualTo(people.claim.student());
          assertThat(c.affectedAssessments()).containsExactly(people.claim.module() + " " + people.claim.assessment());
          assertThat(c.state()).isEqualTo(CaseState.UPHELD);
        });
  }

  @Test
  void nothing_printed_or_sent_carries_special_category_data() {
    String everything = String.join("\n", day.lines()) + day.notifications();

    assertThat(everything).doesNotContain(people.claim.description().orElseThrow());
    for (ComplexNeed need : ComplexNeed.values()) {
      assertThat(everything).doesNotContain(need.name());
    }
  }

  @Test
  void a_look_outside_the_panel_pack_is_refused() {
    assertThat(day.lines()).anyMatch(l -> l.contains("asked for " + people.worried.id() + "'s record: refused"));
  }
}
