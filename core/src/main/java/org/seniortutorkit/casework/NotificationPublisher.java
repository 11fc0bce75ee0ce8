package org.seniortutorkit.casework;

/**
 * Where notifications go: e-mail, Moodle messages, a queue. Implemented outside core (which does no I/O);
 * {@link CollectingNotificationPublisher} keeps them in memory for tests and embedding.
 */
@FunctionalInterface
public interface NotificationPublisher {
  void publish(Notification notification);
}
