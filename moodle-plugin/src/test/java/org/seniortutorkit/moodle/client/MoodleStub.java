package org.seniortutorkit.moodle.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test helpers that play Moodle's REST server on a MockWebServer. */
public final class MoodleStub {
  public static final String TOKEN = "0123456789abcdef0123456789abcdef";

  private MoodleStub() {}

  /** A client for {@code server} with fast timeouts and no pauses between retries. */
  public static MoodleClient.Builder clientFor(MockWebServer server) {
    return MoodleClient.builder()
        .baseUrl(server.url("/moodle").toString())
        .token(MoodleToken.of(TOKEN))
        .allowInsecureLoopback(true)
        .readTimeout(Duration.ofMillis(500))
        .callTimeout(Duration.ofSeconds(5))
        .withoutBackoffPauses();
  }

  public static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  public static MockResponse moodleError(String exception, String errorcode, String message) {
    return json("{\"exception\":\"" + exception + "\",\"errorcode\":\"" + errorcode + "\",\"message\":\""
        + message + "\"}");
  }

  /** The form fields of a recorded POST, decoded, in order. */
  public static Map<String, String> form(RecordedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      fields.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
    }
    return fields;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
