package org.seniortutorkit.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** The terms of one academic year, in order and not overlapping. */
@Value.Immutable
@JsonSerialize(as = AcademicCalendar.class)
@JsonDeserialize(as = AcademicCalendar.class)
abstract class AcademicCalendarDef implements SelfValidating {
  @NotNull
  public abstract AcademicYear year();

  @NotEmpty
  public abstract List<@Valid Term> terms();

  /** The term in which {@code date} falls, if any (vacations fall in none). */
  public Optional<Term> termContaining(LocalDate date) {
    return terms().stream().filter(term -> term.contains(date)).findFirst();
  }

  @Value.Check
  void termsLieInTheYearInOrder() {
    LocalDate previousEnd = null;
    for (int i = 0; i < terms().size(); i++) {
      Term term = terms().get(i);
      if (!year().contains(term.startsOn()) || !year().contains(term.endsOn())) {
        throw InvalidValueException.of("AcademicCalendar", "terms[" + i + "]", term.name(),
            "must lie within academic year " + year());
      }
      if (previousEnd != null && !term.startsOn().isAfter(previousEnd)) {
        throw InvalidValueException.of("AcademicCalendar", "terms[" + i + "].startsOn", term.startsOn(),
            "must be after the previous term ends (" + previousEnd + ")");
      }
      previousEnd = term.endsOn();
    }
  }
}
