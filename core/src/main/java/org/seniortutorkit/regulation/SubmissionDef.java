package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;

/** A piece of assessed coursework: when it was due, when (if ever) it came in, and its unpenalised mark. */
@Value.Immutable
@JsonSerialize(as = Submission.class)
@JsonDeserialize(as = Submission.class)
abstract class SubmissionDef {
  public abstract StudentId student();

  public abstract String module();

  /** The assessment within the module, e.g. {@code CW1}. */
  public abstract String assessment();

  public abstract LocalDate dueOn();

  /** Absent when the work was never submitted. */
  public abstract Optional<LocalDate> submittedOn();

  /** Minor coursework (e.g. weekly problem sheets) may be extended by self-certification. */
  @Value.Default
  public boolean minorCoursework() {
    return false;
  }

  /** The mark before any late penalty. */
  public abstract Optional<Integer> mark();

  public boolean isMissed(LocalDate asOf) {
    return submittedOn().isEmpty() && dueOn().isBefore(asOf);
  }

  /** Calendar days late; zero if on time or not submitted. */
  public long daysLate() {
    return submittedOn().map(on -> Math.max(0, ChronoUnit.DAYS.between(dueOn(), on))).orElse(0L);
  }

  @Value.Check
  void sensible() {
    if (mark().filter(m -> m < 0 || m > 100).isPresent()) {
      throw InvalidValueException.of("Submission", "mark", mark().get(), "must be between 0 and 100");
    }
    if (mark().isPresent() && submittedOn().isEmpty()) {
      throw InvalidValueException.of("Submission", "mark", mark().get(), "needs a submittedOn date");
    }
  }
}
