package org.seniortutorkit.moodle.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.sync.InMemoryJournal;
import org.seniortutorkit.moodle.sync.JournalEntry;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

class ConcernDispatcherTest {
  private final MockWebServer server = new MockWebServer();
  private MoodleClient client;
  private final InMemoryJournal journal = new InMemoryJournal();
  private static final Map<String, Long> STUDENTS = Map.of("S1", 31L, "S2", 32L);
  private static final Map<String, Long> STAFF = Map.of("T1", 5L);

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = MoodleStub.clientFor(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ConcernNotice notice(String id, String student) {
    return new ConcernNotice(id, StudentId.of(student), StaffId.of("T1"), ConcernKind.LOW_ATTENDANCE,
        LocalDate.of(2026, 11, 29));
  }

  private ConcernDispatcher dispatcher(MoodleConfig.ConcernDelivery delivery) {
    return new ConcernDispatcher(client, journal, delivery, 1, Clock.systemUTC());
  }

  @Test
  void a_note_about_the_student_carries_only_the_generated_text() throws Exception {
    server.enqueue(MoodleStub.json("[{\"clientnoteid\":\"c1\",\"noteid\":12}]"));
    ConcernReport report = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    assertThat(report.delivered()).containsExactly("c1");
    Map<String, String> form = MoodleStub.form(server.takeRequest());
    assertThat(form).containsEntry("notes[0][userid]", "31").containsEntry("notes[0][publishstate]", "site")
        .containsEntry("notes[0][text]", notice("c1", "S1").noteText());
  }

  @Test
  void a_message_goes_to_the_tutor() throws Exception {
    server.enqueue(MoodleStub.json("[{\"clientmsgid\":\"c1\",\"msgid\":88}]"));
    dispatcher(MoodleConfig.ConcernDelivery.MESSAGE).send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    Map<String, String> form = MoodleStub.form(server.takeRequest());
    assertThat(form).containsEntry("messages[0][touserid]", "5");
    assertThat(form.get("messages[0][text]")).contains("attendance").contains("S1");
  }

  @Test
  void a_delivered_notice_is_never_sent_again() {
    server.enqueue(MoodleStub.json("[{\"noteid\":12}]"));
    dispatcher(MoodleConfig.ConcernDelivery.NOTE).send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    ConcernReport again = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    assertThat(again.alreadyDelivered()).containsExactly("c1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_notice_whose_answer_was_lost_is_in_doubt_and_not_resent_unless_asked() {
    server.enqueue(new MockResponse.Builder().code(502).build());
    ConcernReport first = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1"), notice("c2", "S2")), STUDENTS, STAFF, false);
    assertThat(first.inDoubt()).containsExactly("c1");
    assertThat(first.skipped()).containsExactly("c2 (not attempted)");
    ConcernReport second = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    assertThat(second.inDoubt()).containsExactly("c1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    server.enqueue(MoodleStub.json("[{\"noteid\":13}]"));
    assertThat(dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1")), STUDENTS, STAFF, true).delivered()).containsExactly("c1");
  }

  @Test
  void an_in_band_failure_is_journalled_as_failed() {
    server.enqueue(MoodleStub.json("[{\"noteid\":-1,\"errormessage\":\"Invalid user\"}]"));
    ConcernReport report = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S1")), STUDENTS, STAFF, false);
    assertThat(report.failed()).containsExactly("c1: Invalid user");
    assertThat(journal.entries()).extracting(JournalEntry::phase)
        .containsExactly(JournalEntry.Phase.INTENDED, JournalEntry.Phase.FAILED);
  }

  @Test
  void an_unknown_student_is_skipped_without_calling_moodle() {
    ConcernReport report = dispatcher(MoodleConfig.ConcernDelivery.NOTE)
        .send(List.of(notice("c1", "S9")), STUDENTS, STAFF, false);
    assertThat(report.skipped()).containsExactly("c1 (student S9 not found in Moodle)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void a_notice_file_with_free_text_is_refused_by_construction() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThatThrownBy(() -> mapper.readValue("""
        {"id":"c1","student":"S1","tutor":"T1","kind":"LOW_ATTENDANCE","raisedOn":"2026-11-29",
         "details":"diagnosed with depression"}""", ConcernNotice.class))
        .hasMessageContaining("details");
    assertThat(ConcernNotice.class.getRecordComponents()).extracting(c -> c.getType().getSimpleName())
        .containsExactly("String", "StudentId", "StaffId", "ConcernKind", "LocalDate");
  }

  @Test
  void a_bad_notice_id_is_refused() {
    assertThatThrownBy(() -> notice("has space", "S1")).hasMessageContaining("ConcernNotice.id = has space");
  }
}
