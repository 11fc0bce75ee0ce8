package org.seniortutorkit.access;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** Who wants which part of which student's record, for what purpose (and, for a case file, which case). */
@Value.Immutable
abstract class AccessRequestDef implements SelfValidating {
  public abstract Viewer viewer();

  public abstract Student student();

  public abstract Purpose purpose();

  public abstract RecordArea area();

  public abstract Optional<StudentCase> studentCase();

  @Value.Check
  void caseIsAboutTheStudent() {
    studentCase().filter(c -> !c.student().equals(student().id())).ifPresent(c -> {
      throw InvalidValueException.of("AccessRequest", "studentCase", c.id(),
          "must be about the requested student " + student().id());
    });
  }

  @Override
  public String toString() {
    return viewer().id() + " asks for " + area() + " of " + student().id() + " for " + purpose()
        + studentCase().map(c -> " (case " + c.id() + ")").orElse("");
  }
}
