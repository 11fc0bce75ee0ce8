package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token never shows in a message, a cause, a stack trace or a toString, on any error path, even when Moodle
 * echoes it back (some debug output does) or the HTTP stack's message quotes a URL.
 */
class TokenSecrecyTest {
  private static final String TOKEN = MoodleStub.TOKEN;
  private final MockWebServer server = new MockWebServer();
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = MoodleStub.clientFor(server).retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO))
        .readTimeout(Duration.ofMillis(200)).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse body(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private static final List<Supplier<MockResponse>> EVERY_FAILURE = List.of(
      () -> body(200, "{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\",\"message\":\"Invalid "
          + "token " + TOKEN + "\",\"debuginfo\":\"wstoken=" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"webservice_access_exception\",\"errorcode\":\"accessexception\","
          + "\"message\":\"Access control exception\",\"debuginfo\":\"token " + TOKEN + " expired\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"invalidparameter\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"nopermissions\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"invalidrecord\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"notesdisabled\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"whatever\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "{\"exception\":\"x\",\"errorcode\":\"dmlreadexception\",\"message\":\"" + TOKEN + "\"}"),
      () -> body(200, "Fatal error: wstoken=" + TOKEN + " not JSON"),
      () -> body(200, "[{\"id\":\"" + TOKEN + "\",\"fullname\":\"x\"}]"),
      () -> body(200, ""),
      () -> body(403, ""),
      () -> body(404, "not found " + TOKEN),
      () -> body(500, "<html>" + TOKEN + "</html>"),
      () -> new MockResponse.Builder().body("[]").onResponseStart(new SocketEffect.CloseSocket()).build(),
      () -> new MockResponse.Builder().body("[]").headersDelay(1, TimeUnit.SECONDS).build());

  @Test
  void no_error_path_reveals_the_token() {
    for (Supplier<MockResponse> failure : EVERY_FAILURE) {
      server.enqueue(failure.get());
      server.enqueue(failure.get());
      Throwable thrown = catchThrowable(() -> client.usersByField("id", List.of(1)));
      assertThat(thrown).as("failure %s", failure.get()).isNotNull();
      assertThat(everythingPrintable(thrown)).as("%s", thrown.getClass()).doesNotContain(TOKEN);
    }
  }

  @Test
  void a_connection_refused_does_not_reveal_the_token() throws Exception {
    String url = server.url("/moodle").toString();
    server.close();
    MoodleClient offline = MoodleClient.builder().baseUrl(url).token(MoodleToken.of(TOKEN))
        .allowInsecureLoopback(true).withoutBackoffPauses().build();
    Throwable thrown = catchThrowable(offline::siteInfo);
    assertThat(thrown).isNotNull();
    assertThat(everythingPrintable(thrown)).doesNotContain(TOKEN);
  }

  @Test
  void token_and_client_to_strings_are_masked() {
    assertThat(MoodleToken.of(TOKEN).toString()).doesNotContain(TOKEN).contains("redacted");
    assertThat(client.toString()).doesNotContain(TOKEN);
  }

  @Test
  void a_blank_token_is_refused_without_echoing_it() {
    Throwable thrown = catchThrowable(() -> MoodleToken.of("abc def"));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getMessage()).doesNotContain("abc def");
  }

  private static String everythingPrintable(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    StringBuilder all = new StringBuilder(trace.toString()).append(thrown);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(t.getLocalizedMessage()).append(t);
      for (Throwable suppressed : t.getSuppressed()) {
        all.append(suppressed);
      }
    }
    return all.toString();
  }
}
