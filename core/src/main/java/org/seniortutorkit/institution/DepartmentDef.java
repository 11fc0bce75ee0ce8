package org.seniortutorkit.institution;

import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A department, its programmes and its Senior Tutors.
 *
 * <p>Invariant: for every academic year it has appointments for, a department has at least one undergraduate
 * Senior Tutor, and at least one postgraduate Senior Tutor if it runs postgraduate taught programmes.
 *
 * <p>{@link #seniorTutorsSupportiveOnly()} is set where Senior Tutors support students but take no part in
 * disciplinary action (e.g. the School of Medicine).
 */
@Value.Immutable
@JsonSerialize(as = Department.class)
@JsonDeserialize(as = Department.class)
abstract class DepartmentDef implements SelfValidating {
  public abstract DepartmentId id();

  @NotBlank
  public abstract String name();

  public abstract FacultyId faculty();

  @Value.Default
  public boolean seniorTutorsSupportiveOnly() {
    return false;
  }

  public abstract List<@Valid Programme> programmes();

  public abstract List<@Valid SeniorTutorAppointment> seniorTutorAppointments();

  public boolean runsPostgraduateTaught() {
    return programmes().stream().anyMatch(p -> p.level() == StudyLevel.POSTGRADUATE_TAUGHT);
  }

  /** The Senior Tutors for {@code level} in {@code year}; never empty for a year with appointments. */
  public ImmutableSet<StaffId> seniorTutors(StudyLevel level, AcademicYear year) {
    return seniorTutorAppointments().stream()
        .filter(a -> a.level() == level && a.academicYear().equals(year))
        .map(SeniorTutorAppointment::seniorTutor)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void everyYearHasTheSeniorTutorsItNeeds() {
    Set<AcademicYear> years = seniorTutorAppointments().stream()
        .map(SeniorTutorAppointment::academicYear)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    if (years.isEmpty()) {
      throw InvalidValueException.of("Department", "seniorTutorAppointments", java.util.List.of(),
          "must appoint at least one undergraduate Senior Tutor");
    }
    for (AcademicYear year : years) {
      requireSeniorTutor(StudyLevel.UNDERGRADUATE, year);
      if (runsPostgraduateTaught()) {
        requireSeniorTutor(StudyLevel.POSTGRADUATE_TAUGHT, year);
      }
    }
  }

  private void requireSeniorTutor(StudyLevel level, AcademicYear year) {
    if (seniorTutors(level, year).isEmpty()) {
      String rule = level == StudyLevel.UNDERGRADUATE
          ? "must include an undergraduate Senior Tutor for " + year
          : "must include a postgraduate Senior Tutor for " + year + " because " + id()
              + " runs postgraduate taught programmes";
      throw InvalidValueException.of("Department", "seniorTutorAppointments", id(), rule);
    }
  }
}
