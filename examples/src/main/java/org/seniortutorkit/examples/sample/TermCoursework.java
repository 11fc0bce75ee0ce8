package org.seniortutorkit.examples.sample;

import java.time.LocalDate;
import java.util.List;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.regulation.WithdrawalStage;
import org.seniortutorkit.regulation.WithdrawalWarning;
import org.seniortutorkit.student.Student;

/**
 * The term's coursework of note: late and missed submissions (work handed in on time is not listed), the
 * mitigating-circumstances claims made so far, and the withdrawal warnings issued. Claim descriptions are
 * special-category data: they are kept for the panel and never printed.
 */
final class TermCoursework {
  private TermCoursework() {}

  static List<Submission> submissions(SampleCast cast) {
    LocalDate sheetDue = LocalDate.of(2026, 11, 9);
    return List.of(
        submission(cast.lateCapped(), "CHEM201", "SHEET-05", sheetDue, LocalDate.of(2026, 11, 12), 68, true),
        submission(cast.lateWaived(), "CHEM201", "SHEET-05", sheetDue, LocalDate.of(2026, 11, 11), 61, true),
        submission(cast.lateWaived(), "CHEM202", "LAB-02", LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 26),
            57, false),
        missed(cast.nonSubmitter(), "CHEM203", "ESSAY-1", LocalDate.of(2026, 11, 6), false),
        missed(cast.nonSubmitter(), "CHEM205", "QUIZ-2", LocalDate.of(2026, 11, 13), true),
        missed(cast.nonSubmitter(), "CHEM204", "REFLECTION-1", LocalDate.of(2026, 11, 20), false));
  }

  static List<MitigatingCircumstancesClaim> claims(SampleCast cast) {
    return List.of(
        MitigatingCircumstancesClaim.builder().id("MC-01").student(cast.lateWaived().id()).module("CHEM201")
            .assessment("SHEET-05").assessmentDate(LocalDate.of(2026, 11, 9)).submittedOn(LocalDate.of(2026, 11, 9))
            .kind(ClaimKind.SELF_CERTIFICATION).daysRequested(2).minorCoursework(true).status(ClaimStatus.ACCEPTED)
            .description("Migraine").build(),
        // In time and evidenced; the day at the desk (24 November) takes it to the panel.
        MitigatingCircumstancesClaim.builder().id("MC-02").student(cast.struggling().id())
            .module(LastYearMarks.module(cast.struggling().yearOfStudy(), 1)).assessment("CLASS-TEST-1")
            .assessmentDate(LocalDate.of(2026, 11, 6)).submittedOn(LocalDate.of(2026, 11, 11))
            .kind(ClaimKind.EVIDENCED).evidenceProvided(true).description("Hospital admission, letter attached")
            .build(),
        // Made seven working days after the last day for a claim, with no evidence: the panel is advised no.
        MitigatingCircumstancesClaim.builder().id("MC-03").student(cast.nonSubmitter().id()).module("CHEM203")
            .assessment("ESSAY-1").assessmentDate(LocalDate.of(2026, 11, 6)).submittedOn(LocalDate.of(2026, 11, 24))
            .kind(ClaimKind.EVIDENCED).description("Family bereavement").build());
  }

  static List<WithdrawalWarning> warnings(SampleCast cast) {
    return List.of(WithdrawalWarning.of(cast.struggling().id(), WithdrawalStage.FIRST_WARNING,
        LocalDate.of(2026, 10, 16)));
  }

  private static Submission submission(Student student, String module, String assessment, LocalDate due,
      LocalDate submitted, int mark, boolean minor) {
    return Submission.builder().student(student.id()).module(module).assessment(assessment).dueOn(due)
        .submittedOn(submitted).mark(mark).minorCoursework(minor).build();
  }

  private static Submission missed(Student student, String module, String assessment, LocalDate due,
      boolean minor) {
    return Submission.builder().student(student.id()).module(module).assessment(assessment).dueOn(due)
        .minorCoursework(minor).build();
  }
}
