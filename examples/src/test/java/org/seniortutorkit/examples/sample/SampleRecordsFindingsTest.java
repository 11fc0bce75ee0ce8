package org.seniortutorkit.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.mitigation.PanelRecommendation;
import org.seniortutorkit.regulation.progression.ProgressionOutcome;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;

/**
 * What the regulation check finds in the sample records, stated from the records themselves: each finding is
 * explained by the data, and every rule family the sample demonstrates has something to find.
 */
class SampleRecordsFindingsTest {
  private static final RecordsFolder FOLDER = SampleFolder.open();
  private final StudentRecords records = FOLDER.read(Optional.empty(), LocalDate.now());
  private final CheckReport report = BuiltInRules.regulationCheck().run(records, FOLDER.policyLayers());
  private final LocalDate asOf = records.asOf();

  @Test
  void those_flagged_for_attendance_are_exactly_those_below_70_percent_over_the_last_four_weeks() {
    Map<String, List<AttendanceEvent>> recent = records.attendance().stream()
        .filter(e -> e.on().isAfter(asOf.minusWeeks(4)) && !e.on().isAfter(asOf))
        .collect(Collectors.groupingBy(e -> e.student().value()));
    Set<String> below = recent.entrySet().stream()
        .filter(e -> e.getValue().size() >= 5
            && 100.0 * e.getValue().stream().filter(AttendanceEvent::attended).count() / e.getValue().size() < 70)
        .map(Map.Entry::getKey).collect(Collectors.toSet());

    assertThat(below).hasSizeBetween(3, 10);
    assertThat(subjects("MON-ATTENDANCE")).isEqualTo(below);
  }

  @Test
  void those_flagged_for_no_meeting_are_the_active_tutees_not_met_in_eight_weeks() {
    Set<String> metRecently = records.meetings().stream()
        .filter(m -> !m.heldOn().isBefore(asOf.minusWeeks(8)) && !m.heldOn().isAfter(asOf))
        .map(m -> m.student().value()).collect(Collectors.toSet());
    Set<String> notMet = records.students().stream().filter(Student::isActive).map(s -> s.id().value())
        .filter(id -> !metRecently.contains(id)).collect(Collectors.toSet());

    assertThat(notMet).hasSizeBetween(TermMeetings.TUTORS_BEHIND * TermMeetings.UNMET_PER_TUTOR_BEHIND, 20);
    assertThat(subjects("MON-NO-TUTOR-MEETING")).isEqualTo(notMet);
  }

  @Test
  void the_tutors_behind_have_first_years_not_met_in_their_first_three_weeks() {
    assertThat(subjects("TUT-FIRST-YEAR-MEETING")).hasSize(TermMeetings.TUTORS_BEHIND);
  }

  @Test
  void a_student_on_a_first_warning_without_improvement_is_recommended_the_second() {
    StudentId warned = records.warnings().get(0).student();

    assertThat(findings("WDR-PROCEDURE")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo(Subject.student(warned));
      assertThat(f.outcome()).isEqualTo(FindingOutcome.SECOND_WARNING);
    });
    assertThat(findings("WDR-PROCEDURE")).anyMatch(f -> f.outcome() == FindingOutcome.FIRST_WARNING);
  }

  @Test
  void the_tutor_given_tutees_before_their_workshop_is_flagged() {
    Map<String, StaffMember> staff = records.staff().stream()
        .collect(Collectors.toMap(s -> s.id().value(), s -> s));
    Set<String> early = records.assignments().stream()
        .filter(a -> !staff.get(a.tutor().value()).canTakeTuteesOn(a.madeOn()))
        .map(a -> a.tutor().value()).collect(Collectors.toSet());

    assertThat(early).hasSize(1);
    assertThat(subjects("TUT-WORKSHOP")).isEqualTo(early);
  }

  @Test
  void tutors_who_did_not_acknowledge_the_briefing_within_a_fortnight_are_flagged() {
    var briefing = records.briefings().get(0);
    Set<String> late = records.staff().stream().filter(s -> s.holds(StaffRole.PERSONAL_TUTOR))
        .filter(s -> s.training().briefingsAcknowledged().stream()
            .noneMatch(a -> !a.acknowledgedOn().isAfter(briefing.publishedOn().plusDays(14))))
        .map(s -> s.id().value()).collect(Collectors.toSet());

    assertThat(late).hasSize(2);
    assertThat(subjects("TUT-BRIEFINGS")).isEqualTo(late);
  }

  @Test
  void only_students_with_a_mark_below_the_pass_mark_last_year_are_not_simply_progressing() {
    Set<String> belowForty = records.results().stream().filter(r -> r.mark() < 40)
        .map(r -> r.student().value()).collect(Collectors.toSet());

    // Ordinary students' marks stay at 41 or above; three of the cast fail, resit or are compensated.
    assertThat(report.progression()).filteredOn(d -> d.outcome() != ProgressionOutcome.PROGRESS
            || !d.compensatedModules().isEmpty())
        .extracting(d -> d.student().value())
        .hasSize(3)
        .allMatch(belowForty::contains);
    assertThat(report.progression()).extracting(d -> d.outcome())
        .contains(ProgressionOutcome.REQUIRED_TO_WITHDRAW, ProgressionOutcome.MAKE_GOOD_DEFICIENCIES);
    assertThat(subjects("MON-MARKS-DROP")).containsAll(subjects("PROG-OUTCOME").stream()
        .filter(s -> report.progression().stream().anyMatch(d -> d.student().value().equals(s)
            && d.outcome() == ProgressionOutcome.REQUIRED_TO_WITHDRAW)).toList());
  }

  @Test
  void pending_claims_are_advised_by_their_timing_and_evidence() {
    assertThat(report.mitigation()).hasSize((int) records.claims().stream()
        .filter(c -> c.status() == ClaimStatus.PENDING).count());
    assertThat(report.mitigation()).allSatisfy(m -> {
      boolean evidenced = records.claims().stream().filter(c -> c.id().equals(m.claim()))
          .findFirst().orElseThrow().evidenceProvided();
      assertThat(m.recommendation())
          .isEqualTo(evidenced ? PanelRecommendation.UPHOLD : PanelRecommendation.DO_NOT_UPHOLD);
    });
  }

  @Test
  void late_work_is_capped_waived_under_an_accepted_claim_or_zeroed() {
    assertThat(report.latePenalties()).extracting(p -> p.explanation())
        .anyMatch(e -> e.contains("capped at the pass mark"))
        .anyMatch(e -> e.contains("penalty waived by accepted claim"))
        .anyMatch(e -> e.contains("zero"));
    assertThat(subjects("MON-MISSED-SUBMISSIONS")).hasSize(1);
  }

  @Test
  void the_disciplinary_panel_breaks_the_faculty_supportive_only_and_quorum_rules() {
    assertThat(findings("PANEL-DIFFERENT-FACULTY")).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("P001"));
    assertThat(findings("PANEL-SUPPORTIVE-ONLY")).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("M001 (MED)"));
    assertThat(findings("PANEL-QUORUM")).singleElement()
        .satisfies(f -> assertThat(f.explanation()).startsWith("1 of 3 members may sit"));
  }

  @Test
  void no_tutor_is_over_the_departments_own_limit_of_tutees() {
    assertThat(findings("TUT-MAX-TUTEES")).isEmpty();
    assertThat(report.policies().get("CHEM")).anyMatch(s -> s.toString()
        .equals("tutoring.maxTuteesPerFullTimeTutor = " + SampleDepartment.FULL_TIME_MAX_TUTEES
            + " from chemistry@2026.1 (DEPARTMENT)"));
  }

  private List<Finding> findings(String rule) {
    return report.findings().stream().filter(f -> f.ruleId().equals(RuleId.of(rule))).toList();
  }

  private Set<String> subjects(String rule) {
    return findings(rule).stream().map(f -> f.subject().id().value()).collect(Collectors.toSet());
  }
}
