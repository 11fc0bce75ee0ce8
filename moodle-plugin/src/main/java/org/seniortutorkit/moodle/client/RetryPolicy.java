package org.seniortutorkit.moodle.client;

import java.time.Duration;

/**
 * How often and how patiently to repeat a call that failed transiently: exponential backoff from {@code
 * initialDelay}, doubling up to {@code maxDelay}, for at most {@code maxAttempts} attempts in all.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("RetryPolicy.maxAttempts = " + maxAttempts + " must be at least 1");
    }
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("RetryPolicy delays must be non-negative with maxDelay >= initialDelay");
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(5));
  }

  public static RetryPolicy never() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /** The pause before attempt {@code attempt} (2 is the first retry). */
  public Duration delayBefore(int attempt) {
    long factor = 1L << Math.min(30, Math.max(0, attempt - 2));
    Duration delay = initialDelay.multipliedBy(factor);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
