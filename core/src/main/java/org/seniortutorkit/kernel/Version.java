package org.seniortutorkit.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The version of an aggregate, for optimistic concurrency: every save names the version it expects to replace,
 * and the store refuses the save if someone else got there first. {@link #none()} (0) is an aggregate not
 * stored yet, {@link #first()} (1) one just created; each save moves it on by one. A case's version is the same
 * number: opened at {@link #first()}, one more per transition, so the version a case carries is the version it
 * is stored at. In JSON it is the plain number.
 *
 * <pre>{@code
 * Versioned<Student> created = students.save(student, Version.none());      // v1
 * students.save(student.withYearOfStudy(2), created.version());              // v2
 * students.save(student.withYearOfStudy(3), created.version());              // ConcurrentModificationConflict
 * }</pre>
 */
public final class Version implements Comparable<Version> {
  private static final Version NONE = new Version(0);
  private static final Version FIRST = new Version(1);

  private final long number;

  private Version(long number) {
    this.number = number;
  }

  /** The version of an aggregate that does not exist yet: save with it to create. */
  public static Version none() {
    return NONE;
  }

  /** The version of a newly created aggregate. */
  public static Version first() {
    return FIRST;
  }

  @JsonCreator
  public static Version of(long number) {
    if (number < 0) {
      throw new IllegalArgumentException("Version.number = " + number + " must be greater than or equal to 0");
    }
    return number == 0 ? NONE : number == 1 ? FIRST : new Version(number);
  }

  @JsonValue
  public long number() {
    return number;
  }

  public boolean isNone() {
    return number == 0;
  }

  public Version next() {
    return of(number + 1);
  }

  @Override
  public int compareTo(Version other) {
    return Long.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Version version && version.number == number;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(number);
  }

  @Override
  public String toString() {
    return isNone() ? "none" : "v" + number;
  }
}
