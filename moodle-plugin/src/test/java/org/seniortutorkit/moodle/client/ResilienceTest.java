package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.moodle.client.MoodleStub.json;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.errors.MalformedResponseException;
import org.seniortutorkit.moodle.errors.TransientFailureException;

/** Slow, failing and broken servers: what is retried, what is not, and what the caller sees. */
class ResilienceTest {
  private final MockWebServer server = new MockWebServer();
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = MoodleStub.clientFor(server)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4))).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("<html>Bad gateway</html>").build();
  }

  private static MockResponse dropped() {
    return new MockResponse.Builder().body("[]").onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  private static MockResponse slow() {
    return new MockResponse.Builder().body("[]").headersDelay(2, TimeUnit.SECONDS).build();
  }

  @Test
  void a_read_is_retried_after_5xx_and_succeeds() {
    server.enqueue(status(502));
    server.enqueue(status(503));
    server.enqueue(json("[]"));
    assertThat(client.usersByField("id", List.of(1))).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_read_gives_up_after_the_configured_attempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    assertThatThrownBy(() -> client.usersByField("id", List.of(1))).isInstanceOf(TransientFailureException.class)
        .hasMessageContaining("HTTP 500");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a_read_survives_a_dropped_connection() {
    server.enqueue(dropped());
    server.enqueue(json("[]"));
    assertThat(client.usersByField("id", List.of(1))).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a_slow_read_times_out_and_is_retried() {
    server.enqueue(slow());
    server.enqueue(json("[]"));
    assertThat(client.usersByField("id", List.of(1))).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a_timeout_that_persists_is_a_transient_failure_saying_it_timed_out() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(slow());
    }
    assertThatThrownBy(() -> client.usersByField("id", List.of(1))).isInstanceOf(TransientFailureException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  void a_note_is_never_retried_because_a_repeat_would_duplicate_it() {
    server.enqueue(dropped());
    server.enqueue(json("[{\"noteid\":1}]"));
    assertThatThrownBy(() -> client.createNotes(List.of(new OutgoingNote(31, 1, "site", "x", "c1"))))
        .isInstanceOf(TransientFailureException.class).hasMessageContaining("not repeated");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_message_is_not_retried_after_a_server_error() {
    server.enqueue(status(503));
    assertThatThrownBy(() -> client.sendInstantMessages(List.of(new OutgoingMessage(5, "x", "m1"))))
        .isInstanceOf(TransientFailureException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void an_idempotent_role_assignment_is_retried() {
    server.enqueue(status(502));
    server.enqueue(json("null"));
    client.assignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31)));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a_database_error_from_moodle_is_transient_and_retried_for_reads() {
    server.enqueue(MoodleStub.moodleError("dml_read_exception", "dmlreadexception", "Error reading from database"));
    server.enqueue(json("[]"));
    assertThat(client.usersByField("id", List.of(1))).isEmpty();
  }

  @Test
  void html_instead_of_json_is_malformed_and_quotes_the_start() {
    server.enqueue(json("<br />\n<b>Warning</b>: something in lib.php"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1))).isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("not JSON").hasMessageContaining("<b>Warning</b>");
  }

  @Test
  void an_empty_200_body_is_malformed() {
    server.enqueue(json(""));
    assertThatThrownBy(client::siteInfo).isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("empty body");
  }

  @Test
  void truncated_json_is_malformed() {
    server.enqueue(json("[{\"id\":1,\"fullna"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1))).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void an_object_where_a_list_is_documented_is_malformed() {
    server.enqueue(json("{\"users\":[]}"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1)))
        .hasMessageContaining("response = {\"users\":[]} must be an array");
  }

  @Test
  void concurrency_is_bounded_by_the_configured_limit() throws Exception {
    MoodleClient bounded = MoodleStub.clientFor(server).maxConcurrentRequests(2).build();
    java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Thread.sleep(30);
        inFlight.decrementAndGet();
        return json("[]");
      }
    });
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<MoodleUser>>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> bounded.usersByField("id", List.of(1))));
      }
      for (var call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(peak.get()).isLessThanOrEqualTo(2).isPositive();
  }
}
