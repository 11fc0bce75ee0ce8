package org.seniortutorkit.regulation.builtin.mitigation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.id;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.regulation.mitigation.PenalisedMark;
import org.seniortutorkit.regulation.mitigation.PenaltyOutcome;

class LateSubmissionPenaltyTest {
  private static final LocalDate DUE = LocalDate.of(2026, 11, 2);
  private final LateSubmissionPenalty rule = new LateSubmissionPenalty();

  private static Submission submitted(int daysLate, int mark) {
    return Submission.builder().student(id()).module("CHEM201").assessment("SHEET-S1").dueOn(DUE)
        .submittedOn(DUE.plusDays(daysLate)).mark(mark).minorCoursework(true).build();
  }

  private PenalisedMark penalise(Submission submission, List<MitigatingCircumstancesClaim> claims, StudyLevel level) {
    return rule.apply(submission, claims, level, policy()).orElseThrow();
  }

  @Test
  void work_on_time_keeps_its_mark() {
    var mark = penalise(submitted(0, 72), List.of(), StudyLevel.UNDERGRADUATE);
    assertThat(mark.mark()).isEqualTo(72);
    assertThat(mark.outcome()).isEqualTo(PenaltyOutcome.ON_TIME);
  }

  @Test
  void work_on_the_last_day_of_the_window_is_capped_at_the_pass_mark() {
    var mark = penalise(submitted(5, 72), List.of(), StudyLevel.UNDERGRADUATE);
    assertThat(mark.mark()).isEqualTo(40);
    assertThat(mark.explanation()).isEqualTo("5 day(s) late, within 5 days: capped at the pass mark 40");
  }

  @Test
  void a_late_mark_below_the_pass_mark_is_not_raised() {
    assertThat(penalise(submitted(1, 35), List.of(), StudyLevel.UNDERGRADUATE).mark()).isEqualTo(35);
  }

  @Test
  void postgraduate_work_is_capped_at_fifty() {
    assertThat(penalise(submitted(1, 72), List.of(), StudyLevel.POSTGRADUATE_TAUGHT).mark()).isEqualTo(50);
  }

  @Test
  void work_the_day_after_the_window_scores_zero() {
    var mark = penalise(submitted(6, 72), List.of(), StudyLevel.UNDERGRADUATE);
    assertThat(mark.mark()).isZero();
    assertThat(mark.outcome()).isEqualTo(PenaltyOutcome.ZERO);
  }

  @Test
  void an_accepted_self_certification_covering_the_days_waives_the_penalty() {
    var claim = ClaimSamples.selfCertified("S1", DUE, 3).withStatus(ClaimStatus.ACCEPTED);
    var mark = penalise(submitted(3, 72), List.of(claim), StudyLevel.UNDERGRADUATE);
    assertThat(mark.mark()).isEqualTo(72);
    assertThat(mark.outcome()).isEqualTo(PenaltyOutcome.WAIVED);
  }

  @Test
  void a_self_certification_shorter_than_the_lateness_or_not_accepted_does_not() {
    var shortClaim = ClaimSamples.selfCertified("S1", DUE, 2).withStatus(ClaimStatus.ACCEPTED);
    var pending = ClaimSamples.selfCertified("S1", DUE, 3);
    assertThat(penalise(submitted(3, 72), List.of(shortClaim), StudyLevel.UNDERGRADUATE).mark()).isEqualTo(40);
    assertThat(penalise(submitted(3, 72), List.of(pending), StudyLevel.UNDERGRADUATE).mark()).isEqualTo(40);
  }

  @Test
  void unmarked_work_has_nothing_to_penalise() {
    var unmarked = Submission.builder().student(id()).module("CHEM201").assessment("CW1").dueOn(DUE).build();
    assertThat(rule.apply(unmarked, List.of(), StudyLevel.UNDERGRADUATE, policy())).isEmpty();
  }

  @Test
  void a_mark_above_100_is_refused() {
    assertThatThrownBy(() -> submitted(1, 101))
        .hasMessage("Submission.mark = 101 must be between 0 and 100");
  }
}
