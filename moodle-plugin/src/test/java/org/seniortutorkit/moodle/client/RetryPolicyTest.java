package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void delays_double_from_the_initial_delay_up_to_the_cap() {
    RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(1));
    assertThat(policy.delayBefore(2)).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(40)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void never_means_a_single_attempt() {
    assertThat(RetryPolicy.never().maxAttempts()).isEqualTo(1);
  }

  @Test
  void nonsense_policies_are_refused() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("maxAttempts = 0 must be at least 1");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("maxDelay >= initialDelay");
  }
}
