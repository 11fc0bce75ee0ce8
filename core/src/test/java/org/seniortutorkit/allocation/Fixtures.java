package org.seniortutorkit.allocation;

import java.time.LocalDate;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

/** Readable builders for the examples in the unit tests: a trained, active Physics tutor and a Physics student. */
final class Fixtures {
  static final AcademicYear YEAR = AcademicYear.of(2026);
  static final LocalDate DATE = LocalDate.of(2026, 9, 1);

  private Fixtures() {}

  static TutorCandidate.Builder tutor(String id) {
    return TutorCandidate.builder()
        .id(StaffId.of(id))
        .department(DepartmentId.of("Physics"))
        .fte(1.0)
        .maxTutees(10)
        .workshopCompletedOn(LocalDate.of(2025, 6, 1))
        .experienceYears(5)
        .addProgrammes("BSc Physics");
  }

  static StudentToPlace.Builder student(String id) {
    return StudentToPlace.builder()
        .id(StudentId.of(id))
        .department(DepartmentId.of("Physics"))
        .level(StudyLevel.UNDERGRADUATE)
        .programme("BSc Physics");
  }

  static AllocationRequest.Builder request(List<StudentToPlace> students, List<TutorCandidate> tutors) {
    return AllocationRequest.builder().year(YEAR).allocationDate(DATE).students(students).tutors(tutors);
  }

  static Allocation allocate(List<StudentToPlace> students, List<TutorCandidate> tutors) {
    return PersonalTutorAllocator.allocate(request(students, tutors).build());
  }

  static StaffId staff(String id) {
    return StaffId.of(id);
  }

  static StudentId sid(String id) {
    return StudentId.of(id);
  }
}
