package org.seniortutorkit.casework.testing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.casework.Notification;
import org.seniortutorkit.casework.NotificationPublisher;

/** Keeps every published notification in memory, in order. Not thread-safe. */
public final class CollectingNotificationPublisher implements NotificationPublisher {
  private final List<Notification> published = new ArrayList<>();

  @Override
  public void publish(Notification notification) {
    published.add(notification);
  }

  /** Every notification published so far, oldest first. */
  public ImmutableList<Notification> published() {
    return ImmutableList.copyOf(published);
  }
}
