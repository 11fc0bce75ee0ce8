package org.seniortutorkit.casework;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every published notification in memory, in order. Not thread-safe. Core's own tests keep this twin of
 * the testing artifact's {@code org.seniortutorkit.casework.testing.CollectingNotificationPublisher}: that
 * artifact depends on core, so core's tests cannot use it.
 */
public final class CollectingNotificationPublisher implements NotificationPublisher {
  private final List<Notification> published = new ArrayList<>();

  @Override
  public void publish(Notification notification) {
    published.add(notification);
  }

  public ImmutableList<Notification> published() {
    return ImmutableList.copyOf(published);
  }
}
