package org.seniortutorkit.regulation.builtin.mitigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.policy;
import static org.seniortutorkit.regulation.builtin.mitigation.ClaimSamples.EXAM;
import static org.seniortutorkit.regulation.builtin.mitigation.ClaimSamples.evidenced;
import static org.seniortutorkit.regulation.builtin.mitigation.ClaimSamples.selfCertified;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.regulation.MitigationAdvice;
import org.seniortutorkit.regulation.MitigationRecommendation;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.mitigation.PanelRecommendation;

class ClaimRulesTest {
  private static final LocalDate IN_TIME = EXAM.plusDays(3);
  private static final Optional<AcademicCalendar> CALENDAR = Optional.of(AcademicCalendar.builder()
      .year(AcademicYear.of(2026))
      .addTerms(Term.of("Autumn", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11)))
      .addTerms(Term.of("Spring", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)))
      .build());
  private final MitigationAdvice advice = new MitigationAdvice(BuiltInRules.current().claimRules());

  @Test
  void an_evidenced_claim_in_time_is_recommended_for_upholding() {
    MitigationRecommendation recommendation = advice.prepare(evidenced(IN_TIME), file(), policy(), CALENDAR);
    assertThat(recommendation.recommendation()).isEqualTo(PanelRecommendation.UPHOLD);
    assertThat(recommendation.reasons()).isEmpty();
    assertThat(recommendation.decidedBy()).isEqualTo("Mitigation Advisory Panel");
  }

  @Test
  void a_claim_missing_only_evidence_asks_for_it() {
    var claim = evidenced(IN_TIME).withEvidenceProvided(false);
    var recommendation = advice.prepare(claim, file(), policy(), CALENDAR);
    assertThat(recommendation.recommendation()).isEqualTo(PanelRecommendation.REQUEST_EVIDENCE);
    assertThat(recommendation.reasons()).extracting(r -> r.ruleId().value()).containsExactly("MIT-EVIDENCE");
  }

  @Test
  void evidence_is_not_needed_where_the_policy_says_so() {
    var relaxed = policy().with(org.seniortutorkit.policy.PolicySetting.EVIDENCE_REQUIRED, false);
    assertThat(new EvidenceProvided().check(evidenced(IN_TIME).withEvidenceProvided(false), file(), relaxed,
        CALENDAR)).isEmpty();
  }

  @Test
  void an_out_of_time_claim_is_not_recommended() {
    var recommendation = advice.prepare(evidenced(EXAM.plusDays(30)), file(), policy(), CALENDAR);
    assertThat(recommendation.recommendation()).isEqualTo(PanelRecommendation.DO_NOT_UPHOLD);
  }

  @Test
  void self_certification_of_five_days_is_allowed_and_six_is_not() {
    var five = selfCertified("S1", LocalDate.of(2026, 10, 9), 5);
    var six = selfCertified("S1", LocalDate.of(2026, 10, 9), 6);
    assertThat(new SelfCertificationDays().check(five, file(), policy(), CALENDAR)).isEmpty();
    assertThat(new SelfCertificationDays().check(six, file(), policy(), CALENDAR).orElseThrow().explanation())
        .isEqualTo("6 days requested; self-certification allows at most 5");
  }

  @Test
  void the_third_self_certification_in_a_term_is_over_the_limit() {
    var first = selfCertified("S1", LocalDate.of(2026, 10, 9), 2);
    var second = selfCertified("S2", LocalDate.of(2026, 10, 23), 2);
    var third = selfCertified("S3", LocalDate.of(2026, 11, 6), 2);
    var file = file().withClaims(List.of(third, first, second));
    var rule = new SelfCertificationsPerTerm();
    assertThat(rule.check(second, file, policy(), CALENDAR)).isEmpty();
    assertThat(rule.check(third, file, policy(), CALENDAR).orElseThrow().explanation())
        .isEqualTo("self-certification 3 in the Autumn term; at most 2 are allowed");
  }

  @Test
  void self_certifications_in_another_term_or_rejected_do_not_count() {
    var autumn = selfCertified("S1", LocalDate.of(2026, 10, 9), 2);
    var rejected = selfCertified("S2", LocalDate.of(2026, 10, 16), 2).withStatus(ClaimStatus.REJECTED);
    var spring = selfCertified("S3", LocalDate.of(2027, 1, 15), 2);
    var spring2 = selfCertified("S4", LocalDate.of(2027, 1, 22), 2);
    var file = file().withClaims(List.of(autumn, rejected, spring, spring2));
    assertThat(new SelfCertificationsPerTerm().check(spring2, file, policy(), CALENDAR)).isEmpty();
  }

  @Test
  void self_certification_is_for_minor_coursework_only() {
    var exam = selfCertified("S1", LocalDate.of(2026, 10, 9), 2).withMinorCoursework(false);
    assertThat(new SelfCertificationForMinorCourseworkOnly().check(exam, file(), policy(), CALENDAR))
        .hasValueSatisfying(f -> assertThat(f.outcome()).isEqualTo(FindingOutcome.NOT_SELF_CERTIFIABLE));
  }

  @Test
  void the_description_is_special_category_and_never_printed() {
    assertThat(evidenced(IN_TIME).toString()).doesNotContain("hospital").contains("description=<redacted>");
    assertThat(advice.prepare(evidenced(IN_TIME), file(), policy(), CALENDAR).toString()).doesNotContain("hospital");
  }

  @Test
  void a_self_certification_must_claim_at_least_a_day() {
    assertThatThrownBy(() -> selfCertified("S1", EXAM, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("MitigatingCircumstancesClaim.daysRequested = 0 must be at least 1 for a self-certification");
  }

  @Test
  void a_claim_needs_an_id() {
    assertThatThrownBy(() -> MitigatingCircumstancesClaim.builder().from(evidenced(IN_TIME)).id(" ").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("MitigatingCircumstancesClaim.id");
  }
}
