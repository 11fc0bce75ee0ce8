package org.seniortutorkit.kernel;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds back Hibernate Validator's version banner while the core bootstraps it, so that embedding the library
 * prints nothing at start.
 *
 * <p>The first bootstrap in a JVM logs {@code HV000001: Hibernate Validator <version>} at INFO. Hibernate Validator
 * logs through jboss-logging, which, without JBoss LogManager, Log4j 2 or Logback on the class path, falls back to
 * {@code java.util.logging}, whose default configuration prints INFO on stderr. Rather than touch the application's
 * logging configuration, this raises that one logger to WARNING for the length of the bootstrap and then clears it
 * again, and only when the application has not set a level on it or on one of its parents itself (then its own
 * choice stands). With another logging backend the banner goes wherever the application sends INFO.
 */
final class VersionBanner {
  private static final String LOGGER = "org.hibernate.validator.internal.util.Version";

  private VersionBanner() {}

  /** Runs {@code bootstrap} with the banner held back, unless the application configured the logger itself. */
  static <T> T heldBackWhile(Supplier<T> bootstrap) {
    Logger logger = Logger.getLogger(LOGGER);
    if (configuredByApplication(logger)) {
      return bootstrap.get();
    }
    logger.setLevel(Level.WARNING);
    try {
      return bootstrap.get();
    } finally {
      logger.setLevel(null);
    }
  }

  /** Whether the logger or one of its parents, short of the root, has a level of its own. */
  private static boolean configuredByApplication(Logger logger) {
    for (Logger node = logger; node != null && node.getParent() != null; node = node.getParent()) {
      if (node.getLevel() != null) {
        return true;
      }
    }
    return false;
  }
}
