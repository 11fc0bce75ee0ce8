package org.seniortutorkit.kernel.store;

/**
 * Which page of a query's results to read: pages are numbered from 0, results are ordered by id.
 *
 * @param number the page number, from 0
 * @param size how many results per page, 1 to 10,000 (stream larger reads instead)
 */
public record PageRequest(int number, int size) {
  public static final int MAX_SIZE = 10_000;

  public PageRequest {
    if (number < 0) {
      throw new IllegalArgumentException("PageRequest.number = " + number + " must be greater than or equal to 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("PageRequest.size = " + size + " must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  public static PageRequest of(int number, int size) {
    return new PageRequest(number, size);
  }

  /** How many results come before this page. */
  public long offset() {
    return (long) number * size;
  }

  public PageRequest next() {
    return new PageRequest(number + 1, size);
  }
}
