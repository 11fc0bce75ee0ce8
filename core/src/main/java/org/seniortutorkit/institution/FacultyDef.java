package org.seniortutorkit.institution;

import org.seniortutorkit.kernel.FacultyId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** A faculty and its departments. Appeals and disciplinary panels draw members from a different faculty. */
@Value.Immutable
@JsonSerialize(as = Faculty.class)
@JsonDeserialize(as = Faculty.class)
abstract class FacultyDef implements SelfValidating {
  public abstract FacultyId id();

  @NotBlank
  public abstract String name();

  public abstract List<@Valid Department> departments();

  @Value.Check
  void departmentsBelongHere() {
    for (int i = 0; i < departments().size(); i++) {
      Department department = departments().get(i);
      if (!department.faculty().equals(id())) {
        throw InvalidValueException.of("Faculty", "departments[" + i + "].faculty", department.faculty(),
            "must be " + id() + ", the faculty that lists it");
      }
    }
  }
}
