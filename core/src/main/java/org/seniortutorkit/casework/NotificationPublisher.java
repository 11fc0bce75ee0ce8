package org.seniortutorkit.casework;

/**
 * Where notifications go: e-mail, Moodle messages, a queue. Implemented outside core (which does no I/O);
 * {@code casework.testing.CollectingNotificationPublisher} (in the testing artifact) keeps them in memory for tests.
 */
@FunctionalInterface
public interface NotificationPublisher {
  void publish(Notification notification);
}
