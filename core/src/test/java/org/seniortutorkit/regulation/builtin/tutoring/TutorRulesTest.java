package org.seniortutorkit.regulation.builtin.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.regulation.PolicyBriefing;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.training.BriefingAcknowledgement;
import org.seniortutorkit.training.CpdActivity;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

class TutorRulesTest {
  private static final LocalDate TERM_START = LocalDate.of(2026, 9, 28);
  private static final AcademicCalendar CALENDAR = AcademicCalendar.builder().year(AcademicYear.of(2026))
      .addTerms(Term.of("Autumn", TERM_START, LocalDate.of(2026, 12, 11)))
      .addTerms(Term.of("Spring", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)))
      .build();
  private static final StaffMember TUTOR = Samples.tutor().withTraining(Samples.tutor().training()
      .withCpd(CpdActivity.of("Mental health first aid", LocalDate.of(2025, 6, 1), 7)));

  private static Student tutee(int n) {
    return RegulationSamples.student().withId(StudentId.of("S" + n)).withYearOfStudy(1);
  }

  private static TutorAssignment assignment(Student student, LocalDate madeOn) {
    return TutorAssignment.builder().student(student.id()).tutor(TUTOR.id()).academicYear(AcademicYear.of(2026))
        .origin(AssignmentOrigin.ALLOCATED).madeOn(madeOn).build();
  }

  private static TutorMeeting meeting(Student student, LocalDate on) {
    return TutorMeeting.builder().id(MeetingId.of("M" + student.id() + on)).student(student.id())
        .tutor(TUTOR.id()).heldOn(on).kind(MeetingKind.ONE_TO_ONE).requestedBy(MeetingRequester.TUTOR).build();
  }

  private static TutorCaseload caseload(StaffMember tutor, int tutees, List<TutorMeeting> meetings,
      List<PolicyBriefing> briefings) {
    List<Student> students = new ArrayList<>();
    List<TutorAssignment> assignments = new ArrayList<>();
    for (int i = 1; i <= tutees; i++) {
      students.add(tutee(i));
      assignments.add(assignment(tutee(i), LocalDate.of(2026, 9, 1)));
    }
    return new TutorCaseload(tutor, assignments, students, meetings, briefings, Optional.of(CALENDAR));
  }

  @Test
  void a_trained_tutor_may_have_tutees() {
    assertThat(new NoTuteesBeforeWorkshop().check(caseload(TUTOR, 3, List.of(), List.of()), policy(), AS_OF))
        .isEmpty();
  }

  @Test
  void tutees_assigned_before_the_workshop_are_flagged() {
    StaffMember untrained = TUTOR.withTraining(TUTOR.training()
        .withIntroductionToPersonalTutoringCompletedOn(LocalDate.of(2026, 9, 2)));
    var finding = new NoTuteesBeforeWorkshop().check(caseload(untrained, 1, List.of(), List.of()), policy(), AS_OF)
        .orElseThrow();
    assertThat(finding.references()).containsExactly("S1 (assigned 2026-09-01)");
    assertThat(finding.explanation()).endsWith("the tutor completed the workshop on 2026-09-02");
  }

  @Test
  void the_tutee_limit_scales_with_fte() {
    // 15 per full-time tutor at FTE 0.8 allows 12.
    assertThat(new MaximumTutees().check(caseload(TUTOR, 12, List.of(), List.of()), policy(), AS_OF)).isEmpty();
    assertThat(new MaximumTutees().check(caseload(TUTOR, 13, List.of(), List.of()), policy(), AS_OF))
        .hasValueSatisfying(f -> assertThat(f.explanation()).isEqualTo(
            "13 tutees in 2026/27, above the limit of 12 for FTE 0.8"));
  }

  @Test
  void first_years_met_in_their_third_week_are_fine_and_not_met_are_flagged() {
    List<TutorMeeting> meetings = List.of(meeting(tutee(1), TERM_START.plusWeeks(3).minusDays(1)),
        meeting(tutee(2), TERM_START.plusWeeks(3)));
    var finding = new FirstYearsMetEarly().check(caseload(TUTOR, 2, meetings, List.of()), policy(), AS_OF)
        .orElseThrow();
    assertThat(finding.references()).containsExactly("S2");
  }

  @Test
  void first_years_are_not_judged_before_the_weeks_have_passed() {
    assertThat(new FirstYearsMetEarly().check(caseload(TUTOR, 2, List.of(), List.of()), policy(),
        TERM_START.plusWeeks(3).minusDays(1))).isEmpty();
  }

  @Test
  void meetings_are_counted_in_the_last_completed_term() {
    LocalDate inAutumn = LocalDate.of(2026, 10, 15);
    List<TutorMeeting> meetings = List.of(meeting(tutee(1), inAutumn), meeting(tutee(1), inAutumn.plusWeeks(4)),
        meeting(tutee(2), inAutumn));
    LocalDate inSpring = LocalDate.of(2027, 2, 1);
    var finding = new MeetingsEachTerm().check(caseload(TUTOR, 2, meetings, List.of()), policy(), inSpring)
        .orElseThrow();
    assertThat(finding.references()).containsExactly("S2");
    assertThat(finding.explanation()).isEqualTo("1 tutee(s) had fewer than 2 meetings in the Autumn term");
  }

  @Test
  void no_term_is_judged_before_one_has_ended() {
    assertThat(new MeetingsEachTerm().check(caseload(TUTOR, 2, List.of(), List.of()), policy(), AS_OF)).isEmpty();
  }

  @Test
  void cpd_within_three_years_is_up_to_date_and_older_is_due() {
    assertThat(new CpdUpToDate().check(caseload(TUTOR, 1, List.of(), List.of()), policy(), AS_OF)).isEmpty();
    assertThat(new CpdUpToDate().check(caseload(TUTOR, 1, List.of(), List.of()), policy(),
        LocalDate.of(2028, 6, 2))).isPresent();
  }

  @Test
  void a_briefing_acknowledged_on_the_last_day_is_in_time_and_one_day_late_is_not() {
    PolicyBriefing briefing = PolicyBriefing.of("B1", "New mitigation policy", LocalDate.of(2026, 10, 1));
    StaffMember onTime = TUTOR.withTraining(TUTOR.training().withBriefingsAcknowledged(
        BriefingAcknowledgement.of("B1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15))));
    StaffMember late = TUTOR.withTraining(TUTOR.training().withBriefingsAcknowledged(
        BriefingAcknowledgement.of("B1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 16))));
    assertThat(new BriefingsAcknowledged().check(caseload(onTime, 1, List.of(), List.of(briefing)), policy(), AS_OF))
        .isEmpty();
    assertThat(new BriefingsAcknowledged().check(caseload(late, 1, List.of(), List.of(briefing)), policy(), AS_OF))
        .hasValueSatisfying(f -> assertThat(f.references()).containsExactly("B1"));
  }

  @Test
  void a_briefing_still_inside_its_window_is_not_yet_due() {
    PolicyBriefing fresh = PolicyBriefing.of("B2", "Attendance changes", AS_OF.minusDays(14));
    assertThat(new BriefingsAcknowledged().check(caseload(TUTOR, 1, List.of(), List.of(fresh)), policy(), AS_OF))
        .isEmpty();
  }

  @Test
  void a_briefing_needs_a_title() {
    assertThatThrownBy(() -> PolicyBriefing.of("B3", "", AS_OF)).hasMessageContaining("must not be blank");
  }
}
