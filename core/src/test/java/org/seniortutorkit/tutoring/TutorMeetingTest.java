package org.seniortutorkit.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

class TutorMeetingTest {
  private static TutorMeeting meeting() {
    return TutorMeeting.builder().id(MeetingId.of("M1")).student(StudentId.of("S1")).tutor(StaffId.of("T1"))
        .heldOn(LocalDate.of(2026, 10, 5)).kind(MeetingKind.ONE_TO_ONE).requestedBy(MeetingRequester.STUDENT)
        .privateNote("Disclosed anxiety about exams; suggested the wellbeing adviser.")
        .build();
  }

  @Test
  void the_private_note_never_appears_in_to_string() {
    assertThat(meeting().toString()).doesNotContain("anxiety").contains("privateNote=<redacted>");
  }

  @Test
  void an_overlong_private_note_is_rejected_without_echoing_it() {
    String longNote = "secret ".repeat(2_000);
    assertThatThrownBy(() -> meeting().withPrivateNote(longNote))
        .hasMessage("TutorMeeting.privateNote = <redacted> size must be between 0 and 10000")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void an_assignment_cannot_be_made_after_its_year_ends() {
    assertThatThrownBy(() -> TutorAssignment.builder().student(StudentId.of("S1")).tutor(StaffId.of("T1"))
        .academicYear(AcademicYear.of(2026)).origin(AssignmentOrigin.ALLOCATED).madeOn(LocalDate.of(2027, 8, 1))
        .build())
        .hasMessage("TutorAssignment.madeOn = 2027-08-01 must not be after the end of 2026/27 (2027-07-31)");
  }

  @Test
  void a_pinned_assignment_says_so() {
    TutorAssignment pinned = TutorAssignment.builder().student(StudentId.of("S1")).tutor(StaffId.of("T1"))
        .academicYear(AcademicYear.of(2026)).origin(AssignmentOrigin.PINNED).madeOn(LocalDate.of(2026, 9, 1))
        .build();
    assertThat(pinned.isPinned()).isTrue();
    assertThat(pinned.withOrigin(AssignmentOrigin.CARRIED_OVER).isPinned()).isFalse();
  }
}
