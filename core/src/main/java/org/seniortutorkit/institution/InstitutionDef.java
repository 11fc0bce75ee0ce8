package org.seniortutorkit.institution;

import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.InstitutionId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * An institution, its faculties and its Chief Student Services Officer, who manages each year's Senior Tutors.
 */
@Value.Immutable
@JsonSerialize(as = Institution.class)
@JsonDeserialize(as = Institution.class)
abstract class InstitutionDef implements SelfValidating {
  public abstract InstitutionId id();

  @NotBlank
  public abstract String name();

  public abstract StaffId chiefStudentServicesOfficer();

  public abstract List<@Valid Faculty> faculties();

  public Optional<Department> department(DepartmentId id) {
    return faculties().stream().flatMap(f -> f.departments().stream())
        .filter(d -> d.id().equals(id)).findFirst();
  }

  @Value.Check
  void departmentIdsAreUnique() {
    Set<DepartmentId> seen = new HashSet<>();
    for (Faculty faculty : faculties()) {
      for (Department department : faculty.departments()) {
        if (!seen.add(department.id())) {
          throw InvalidValueException.of("Institution", "faculties.departments.id", department.id(),
              "must be unique across the institution");
        }
      }
    }
  }
}
