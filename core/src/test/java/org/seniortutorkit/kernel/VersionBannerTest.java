package org.seniortutorkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The banner is held back only for the bootstrap, and never against a level the application chose. */
class VersionBannerTest {
  private static final Logger BANNER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  @Test
  void an_unconfigured_banner_logger_is_quiet_during_the_bootstrap_and_untouched_after() {
    Level during = VersionBanner.heldBackWhile(BANNER::getLevel);

    assertThat(during).isEqualTo(Level.WARNING);
    assertThat(BANNER.getLevel()).isNull();
  }

  @Test
  void a_level_the_application_set_stands() {
    BANNER.setLevel(Level.INFO);
    try {
      Level during = VersionBanner.heldBackWhile(BANNER::getLevel);

      assertThat(during).isEqualTo(Level.INFO);
      assertThat(BANNER.getLevel()).isEqualTo(Level.INFO);
    } finally {
      BANNER.setLevel(null);
    }
  }

  @Test
  void a_level_the_application_set_on_a_parent_stands() {
    Logger hibernate = Logger.getLogger("org.hibernate");
    hibernate.setLevel(Level.ALL);
    try {
      Level during = VersionBanner.heldBackWhile(BANNER::getLevel);

      assertThat(during).isNull();
      assertThat(BANNER.getLevel()).isNull();
    } finally {
      hibernate.setLevel(null);
    }
  }
}
