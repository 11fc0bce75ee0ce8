package org.seniortutorkit.moodle.concerns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.seniortutorkit.moodle.client.ClientId;
import org.seniortutorkit.moodle.client.DeliveryResult;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.OutgoingMessage;
import org.seniortutorkit.moodle.client.OutgoingNote;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.errors.MalformedResponseException;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.sync.Journal;
import org.seniortutorkit.moodle.sync.JournalEntry;
import org.seniortutorkit.moodle.sync.Ledger;

/**
 * Delivers {@link ConcernNotice}s as Moodle notes or messages, at most once each. Notes and messages are not
 * idempotent in Moodle, so each notice is journalled before it is sent and after Moodle answers; a notice whose
 * answer was never recorded is reported in doubt rather than sent again, unless the caller says to resend.
 */
public final class ConcernDispatcher {
  private final MoodleClient moodle;
  private final Journal journal;
  private final MoodleConfig.ConcernDelivery delivery;
  private final long noteCourseId;
  private final Clock clock;

  public ConcernDispatcher(MoodleClient moodle, Journal journal, MoodleConfig.ConcernDelivery delivery,
      long noteCourseId, Clock clock) {
    this.moodle = moodle;
    this.journal = journal;
    this.delivery = delivery;
    this.noteCourseId = noteCourseId;
    this.clock = clock;
  }

  /**
   * Sends each notice not yet delivered.
   *
   * @param studentIds Moodle user ids by student number
   * @param staffIds Moodle user ids by staff number
   */
  public ConcernReport send(List<ConcernNotice> notices, Map<String, Long> studentIds, Map<String, Long> staffIds,
      boolean resendInDoubt) {
    Ledger ledger = Ledger.of(journal);
    String run = UUID.randomUUID().toString();
    List<String> delivered = new ArrayList<>();
    List<String> already = new ArrayList<>();
    List<String> inDoubt = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < notices.size(); i++) {
      ConcernNotice notice = notices.get(i);
      String key = notice.journalKey();
      if (ledger.lastOutcome(key).filter(e -> e.phase() == JournalEntry.Phase.APPLIED).isPresent()) {
        already.add(notice.id());
        continue;
      }
      if (ledger.isInDoubt(key) && !resendInDoubt) {
        inDoubt.add(notice.id());
        continue;
      }
      Long recipient = delivery == MoodleConfig.ConcernDelivery.NOTE
          ? studentIds.get(notice.student().value()) : staffIds.get(notice.tutor().value());
      if (recipient == null) {
        skipped.add(notice.id() + " (" + (delivery == MoodleConfig.ConcernDelivery.NOTE ? "student "
            + notice.student() : "tutor " + notice.tutor()) + " not found in Moodle)");
        continue;
      }
      journal.append(List.of(entry(run, JournalEntry.Phase.INTENDED, key, Optional.empty())));
      DeliveryResult result;
      try {
        result = deliver(notice, recipient);
      } catch (MoodleException failure) {
        if (failure.isTransient()) {
          inDoubt.add(notice.id());
        } else {
          journal.append(List.of(entry(run, JournalEntry.Phase.FAILED, key, Optional.of(failure.getMessage()))));
          failed.add(notice.id() + ": " + failure.getMessage());
        }
        notices.subList(i + 1, notices.size()).forEach(rest -> skipped.add(rest.id() + " (not attempted)"));
        break;
      }
      if (result.delivered()) {
        journal.append(List.of(entry(run, JournalEntry.Phase.APPLIED, key,
            Optional.of(delivery.name().toLowerCase() + " " + result.moodleId()))));
        delivered.add(notice.id());
      } else {
        String why = result.error().orElse("Moodle did not say why");
        journal.append(List.of(entry(run, JournalEntry.Phase.FAILED, key, Optional.of(why))));
        failed.add(notice.id() + ": " + why);
      }
    }
    return new ConcernReport(delivered, already, inDoubt, failed, skipped);
  }

  private DeliveryResult deliver(ConcernNotice notice, long recipient) {
    List<DeliveryResult> results = delivery == MoodleConfig.ConcernDelivery.NOTE
        ? moodle.createNotes(List.of(new OutgoingNote(recipient, noteCourseId, "site", notice.noteText(),
            ClientId.encode(notice.id()))))
        : moodle.sendInstantMessages(List.of(new OutgoingMessage(recipient, notice.messageText(),
            ClientId.encode(notice.id()))));
    if (results.size() != 1) {
      throw new MalformedResponseException(delivery == MoodleConfig.ConcernDelivery.NOTE
          ? "core_notes_create_notes" : "core_message_send_instant_messages",
          "answered with " + results.size() + " results for one item; check Moodle before resending");
    }
    return results.get(0);
  }

  private JournalEntry entry(String run, JournalEntry.Phase phase, String key, Optional<String> detail) {
    return new JournalEntry(clock.instant(), run, phase, key, Optional.empty(), detail);
  }
}
