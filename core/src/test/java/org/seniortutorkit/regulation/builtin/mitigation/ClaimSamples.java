package org.seniortutorkit.regulation.builtin.mitigation;

import java.time.LocalDate;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.RegulationSamples;

/** Claims for tests. */
final class ClaimSamples {
  /** Friday 30 April 2027; Monday 3 May is a bank holiday in the default pack. */
  static final LocalDate EXAM = LocalDate.of(2027, 4, 30);

  private ClaimSamples() {}

  static MitigatingCircumstancesClaim evidenced(LocalDate submittedOn) {
    return MitigatingCircumstancesClaim.builder().id("C1").student(RegulationSamples.id()).module("CHEM201")
        .assessment("EXAM").assessmentDate(EXAM).submittedOn(submittedOn).kind(ClaimKind.EVIDENCED)
        .evidenceProvided(true).description("hospital admission").build();
  }

  static MitigatingCircumstancesClaim selfCertified(String id, LocalDate due, int days) {
    return MitigatingCircumstancesClaim.builder().id(id).student(RegulationSamples.id()).module("CHEM201")
        .assessment("SHEET-" + id).assessmentDate(due).submittedOn(due).kind(ClaimKind.SELF_CERTIFICATION)
        .daysRequested(days).minorCoursework(true).build();
  }
}
