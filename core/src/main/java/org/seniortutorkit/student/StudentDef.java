package org.seniortutorkit.student;

import org.seniortutorkit.kernel.StudentId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A student: who they are, what and where they study, and any complex needs.
 *
 * <p>{@link #complexNeeds()} is special-category data: it never appears in {@code toString}, logs or validation
 * messages, and access to it is decided by role and purpose.
 *
 * <pre>{@code
 * Student student = Student.builder()
 *     .id(StudentId.of("S1234567")).fullName("Sam Taylor").department(DepartmentId.of("CHEM"))
 *     .programme(ProgrammeCode.of("F100")).level(StudyLevel.UNDERGRADUATE).yearOfStudy(1)
 *     .entryYear(AcademicYear.of(2026)).addComplexNeeds(ComplexNeed.DISABILITY_SUPPORT_PLAN)
 *     .build();
 * student.toString();   // ... complexNeeds=<redacted> ...
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = Student.class)
@JsonDeserialize(as = Student.class)
abstract class StudentDef implements SelfValidating {
  public abstract StudentId id();

  @NotBlank
  public abstract String fullName();

  public abstract Optional<@Email String> email();

  public abstract DepartmentId department();

  public abstract ProgrammeCode programme();

  public abstract StudyLevel level();

  @Min(1)
  @Max(7)
  public abstract int yearOfStudy();

  public abstract AcademicYear entryYear();

  @Value.Default
  public StudentStatus status() {
    return StudentStatus.ACTIVE;
  }

  @SpecialCategory
  @Value.Redacted
  public abstract Set<ComplexNeed> complexNeeds();

  public boolean hasComplexNeeds() {
    return !complexNeeds().isEmpty();
  }

  public boolean isActive() {
    return status() == StudentStatus.ACTIVE;
  }

  /** A student in their first year, who is new to the department and met early by their tutor. */
  public boolean isFirstYear() {
    return yearOfStudy() == 1;
  }

  @Value.Check
  void postgraduateTaughtStudyIsShort() {
    if (level() == StudyLevel.POSTGRADUATE_TAUGHT && yearOfStudy() > 3) {
      throw InvalidValueException.of("Student", "yearOfStudy", yearOfStudy(),
          "must be at most 3 for postgraduate taught study");
    }
  }
}
