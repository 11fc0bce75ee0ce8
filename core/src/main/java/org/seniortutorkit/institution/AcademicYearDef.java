package org.seniortutorkit.institution;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * An academic year such as 2026/27, running from 1 August to 31 July (the UK sector's reporting year).
 *
 * <pre>{@code
 * AcademicYear year = AcademicYear.of(2026);       // 2026/27
 * AcademicYear.parse("2026/27").next();            // 2027/28
 * year.contains(LocalDate.of(2027, 3, 1));         // true
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(converter = AcademicYearDef.FromJson.class)
abstract class AcademicYearDef implements SelfValidating, Comparable<AcademicYear> {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  /** The calendar year in which the academic year starts. */
  @Value.Parameter
  @Min(1900)
  @Max(2999)
  public abstract int startYear();

  /** Parses the label form {@code "2026/27"}. */
  public static AcademicYear parse(String label) {
    Matcher matcher = LABEL.matcher(label == null ? "" : label.trim());
    if (!matcher.matches()) {
      throw InvalidValueException.of("AcademicYear", "label", label, "must look like 2026/27");
    }
    int start = Integer.parseInt(matcher.group(1));
    if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
      throw InvalidValueException.of("AcademicYear", "label", label, "must name two consecutive years");
    }
    return AcademicYear.of(start);
  }

  /** The academic year that contains {@code date}. */
  public static AcademicYear containing(LocalDate date) {
    return AcademicYear.of(startYearContaining(date));
  }

  /**
   * The first day of the academic year that contains {@code date}, without building the year: a sweep asks this
   * for every student, and every value built validates itself.
   */
  public static LocalDate startOfYearContaining(LocalDate date) {
    return firstDayOf(startYearContaining(date));
  }

  private static LocalDate firstDayOf(int startYear) {
    return LocalDate.of(startYear, Month.AUGUST, 1);
  }

  private static int startYearContaining(LocalDate date) {
    return date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1;
  }

  public LocalDate startsOn() {
    return firstDayOf(startYear());
  }

  public LocalDate endsOn() {
    return LocalDate.of(startYear() + 1, Month.JULY, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
  }

  public AcademicYear next() {
    return AcademicYear.of(startYear() + 1);
  }

  public AcademicYear previous() {
    return AcademicYear.of(startYear() - 1);
  }

  @JsonValue
  public String label() {
    return String.format("%d/%02d", startYear(), (startYear() + 1) % 100);
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear(), other.startYear());
  }

  @Override
  public String toString() {
    return label();
  }

  /** Reads the label form {@code "2026/27"}. */
  static final class FromJson extends StdConverter<String, AcademicYear> {
    @Override
    public AcademicYear convert(String label) {
      return parse(label);
    }
  }
}
