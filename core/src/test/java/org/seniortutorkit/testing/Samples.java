package org.seniortutorkit.testing;

import java.time.LocalDate;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.training.TrainingRecord;

/** Ready-made valid values for tests; tweak them with {@code withX(...)}. */
public final class Samples {
  private Samples() {}

  public static Student student() {
    return Student.builder()
        .id(StudentId.of("S1234567"))
        .fullName("Sam Taylor")
        .email("sam.taylor@example.ac.uk")
        .department(DepartmentId.of("CHEM"))
        .programme(ProgrammeCode.of("F100"))
        .level(StudyLevel.UNDERGRADUATE)
        .yearOfStudy(1)
        .entryYear(AcademicYear.of(2026))
        .addComplexNeeds(ComplexNeed.DISABILITY_SUPPORT_PLAN)
        .build();
  }

  public static StaffMember tutor() {
    return StaffMember.builder()
        .id(StaffId.of("T0042"))
        .fullName("Dr Ada Lovelace")
        .department(DepartmentId.of("CHEM"))
        .addRoles(StaffRole.PERSONAL_TUTOR)
        .fte(0.8)
        .tutoringSince(LocalDate.of(2019, 9, 1))
        .training(TrainingRecord.builder()
            .introductionToPersonalTutoringCompletedOn(LocalDate.of(2019, 9, 20))
            .build())
        .build();
  }
}
