package org.seniortutorkit.casework;

import java.util.LinkedHashSet;
import java.util.Set;
import org.seniortutorkit.kernel.StaffId;

/**
 * Turns case events into notifications and publishes them: the Personal Tutor hears about their tutee's
 * cases (unless they made the change themselves), and Senior Tutors hear about escalations and panel outcomes.
 */
public final class CaseNotifications {
  private final NotificationPublisher publisher;
  private final SeniorTutorLookup seniorTutors;

  public CaseNotifications(NotificationPublisher publisher, SeniorTutorLookup seniorTutors) {
    this.publisher = publisher;
    this.seniorTutors = seniorTutors;
  }

  /** Publishes the notifications for {@code event}; returns how many were sent. */
  public int publish(CaseEvent event) {
    Set<StaffId> recipients = recipients(event);
    recipients.forEach(recipient -> publisher.publish(Notification.builder()
        .recipient(recipient).caseId(event.caseId()).on(event.on())
        .subject(subject(event)).text(text(event, recipient)).build()));
    return recipients.size();
  }

  private Set<StaffId> recipients(CaseEvent event) {
    Set<StaffId> recipients = new LinkedHashSet<>();
    event.personalTutor().ifPresent(recipients::add);
    if (concernsSeniorTutor(event)) {
      recipients.addAll(seniorTutors.seniorTutors(event.department(), event.level()));
    }
    recipients.removeIf(r -> r.value().equals(event.actor().id()));
    return recipients;
  }

  private static boolean concernsSeniorTutor(CaseEvent event) {
    return (event.kind() == CaseKind.ESCALATION && event.isOpening())
        || (event.kind() == CaseKind.CONCERN && event.to() == CaseState.ESCALATED)
        || (event.kind() == CaseKind.MITIGATING_CIRCUMSTANCES
            && (event.to() == CaseState.UPHELD || event.to() == CaseState.NOT_UPHELD));
  }

  static String subject(CaseEvent event) {
    return "Case " + event.caseId() + ": " + humanKind(event.kind()) + " " + (event.isOpening() ? "opened" : "updated");
  }

  static String text(CaseEvent event, StaffId recipient) {
    boolean tutee = event.personalTutor().filter(recipient::equals).isPresent();
    String who = (tutee ? "your tutee " : "student ") + event.student();
    if (event.kind() == CaseKind.REFERRAL && event.isOpening()) {
      return capitalised(who) + " was referred to a support service (case " + event.caseId() + ").";
    }
    if (event.isOpening()) {
      return "A new " + humanKind(event.kind()) + " case about " + who + " was opened (case " + event.caseId() + ").";
    }
    return "The " + humanKind(event.kind()) + " case about " + who + " moved from " + event.from().orElseThrow()
        + " to " + event.to() + " (case " + event.caseId() + ").";
  }

  static String humanKind(CaseKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
