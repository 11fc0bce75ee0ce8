package org.seniortutorkit.moodle.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.sync.InMemoryJournal;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;

/** Notes and messages as a real site takes them: a format constant, and client ids without dots. */
class StrictSiteConcernsTest {
  private final MockWebServer server = new MockWebServer();
  private final SimulatedDepartment moodle = new SimulatedDepartment(4, 1, 2, 1, 1, 0);
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(moodle);
    server.start();
    client = MoodleStub.clientFor(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(MoodleConfig.ConcernDelivery.class)
  void a_notice_numbered_like_a_case_is_delivered_once(MoodleConfig.ConcernDelivery delivery) {
    ConcernNotice notice = new ConcernNotice("CASE-2026.0018", StudentId.of("S0000001"), StaffId.of("T0001"),
        ConcernKind.LOW_ATTENDANCE, LocalDate.of(2026, 11, 29));
    InMemoryJournal journal = new InMemoryJournal();
    ConcernDispatcher dispatcher = new ConcernDispatcher(client, journal, delivery, 1, Clock.systemUTC());

    ConcernReport report = dispatcher.send(List.of(notice), Map.of("S0000001", 10001L), Map.of("T0001", 5001L),
        false);
    ConcernReport again = dispatcher.send(List.of(notice), Map.of("S0000001", 10001L), Map.of("T0001", 5001L),
        false);

    assertThat(moodle.gate().refusals()).isEmpty();
    assertThat(report.delivered()).containsExactly("CASE-2026.0018");
    assertThat(again.delivered()).isEmpty();
    assertThat(moodle.deliveries()).containsExactly(delivery == MoodleConfig.ConcernDelivery.NOTE
        ? "note:10001:CASE-2026_2e_0018" : "message:5001:CASE-2026_2e_0018");
  }
}
