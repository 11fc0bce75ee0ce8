package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.id;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.kernel.InvalidValueException;

class MissedSubmissionsTest {
  private final MissedSubmissions rule = new MissedSubmissions();

  private static Submission missed(String assessment, LocalDate due) {
    return Submission.builder().student(id()).module("CHEM201").assessment(assessment).dueOn(due).build();
  }

  @Test
  void one_missed_submission_is_below_the_threshold() {
    assertThat(rule.check(file().withSubmissions(List.of(missed("CW1", AS_OF.minusDays(3)))), policy(), AS_OF))
        .isEmpty();
  }

  @Test
  void two_missed_submissions_in_the_window_are_a_concern_naming_them() {
    var file = file().withSubmissions(List.of(missed("CW1", AS_OF.minusDays(3)), missed("CW2", AS_OF.minusDays(10))));
    var finding = rule.check(file, policy(), AS_OF).orElseThrow();
    assertThat(finding.references()).containsExactly("CHEM201/CW1", "CHEM201/CW2");
    assertThat(finding.explanation()).startsWith("2 submission(s) missed in the 6 weeks to 2026-11-27");
  }

  @Test
  void submissions_due_before_the_window_or_not_yet_due_do_not_count() {
    var file = file().withSubmissions(List.of(missed("CW1", AS_OF.minusWeeks(6)), missed("CW2", AS_OF)));
    assertThat(rule.check(file, policy(), AS_OF)).isEmpty();
  }

  @Test
  void work_covered_by_a_claim_is_not_counted() {
    var claim = MitigatingCircumstancesClaim.builder().id("C1").student(id()).module("CHEM201").assessment("CW2")
        .assessmentDate(AS_OF.minusDays(10)).submittedOn(AS_OF.minusDays(9)).kind(ClaimKind.EVIDENCED)
        .evidenceProvided(true).build();
    var file = file().withSubmissions(List.of(missed("CW1", AS_OF.minusDays(3)), missed("CW2", AS_OF.minusDays(10))))
        .withClaims(List.of(claim));
    assertThat(rule.check(file, policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_mark_without_a_submission_date_is_refused() {
    assertThatThrownBy(() -> missed("CW1", AS_OF).withMark(60)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Submission.mark = 60 needs a submittedOn date");
  }
}
