package org.seniortutorkit.moodle.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.seniortutorkit.moodle.errors.MalformedResponseException;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.errors.MoodleRefusalException;
import org.seniortutorkit.moodle.errors.Redaction;
import org.seniortutorkit.moodle.errors.TransientFailureException;
import org.seniortutorkit.moodle.errors.WebServicesDisabledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One POST per call to the REST server, with the reserved parameters, bounded concurrency, and retries with
 * backoff for calls that are safe to repeat.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Sleeps between attempts; a test can replace it to run without waiting. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final OkHttpClient http;
  private final HttpUrl serverUrl;
  private final MoodleToken token;
  private final RetryPolicy retryPolicy;
  private final Semaphore permits;
  private final Sleeper sleeper;

  Transport(OkHttpClient http, HttpUrl serverUrl, MoodleToken token, RetryPolicy retryPolicy,
      int maxConcurrentRequests, Sleeper sleeper) {
    this.http = http;
    this.serverUrl = serverUrl;
    this.token = token;
    this.retryPolicy = retryPolicy;
    this.permits = new Semaphore(maxConcurrentRequests, true);
    this.sleeper = sleeper;
  }

  /** The parsed JSON answer of {@code function}; JSON {@code null} comes back as a NullNode. */
  JsonNode call(MoodleFunction function, FormParameters parameters) {
    int attempts = function.retryable() ? retryPolicy.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        return callOnce(function, parameters);
      } catch (MoodleException failure) {
        if (!failure.isTransient() || attempt >= attempts) {
          throw failure;
        }
        Duration delay = retryPolicy.delayBefore(attempt + 1);
        LOG.warn("{} failed transiently (attempt {} of {}), retrying in {} ms: {}",
            function, attempt, attempts, delay.toMillis(), failure.getMessage());
        pause(function, delay);
      }
    }
  }

  private JsonNode callOnce(MoodleFunction function, FormParameters parameters) {
    Request request = new Request.Builder().url(serverUrl).post(body(function, parameters)).build();
    acquire(function);
    try (Response response = http.newCall(request).execute()) {
      return interpret(function, response);
    } catch (IOException failure) {
      throw new TransientFailureException(function.wsName(), describe(failure)
          + (function.retryable() ? "" : " The call was not repeated because it might have been applied; "
              + "check Moodle before running it again."),
          Redaction.scrub(failure, token.reveal()));
    } finally {
      permits.release();
    }
  }

  private JsonNode interpret(MoodleFunction function, Response response) throws IOException {
    ResponseBody body = response.body();
    String text = body.string();
    int status = response.code();
    if (status == 403 && text.isBlank()) {
      throw new WebServicesDisabledException(function.wsName());
    }
    if (status >= 500 || status == 429 || status == 408) {
      throw new TransientFailureException(function.wsName(), null, "Moodle answered HTTP " + status
          + ". The web server or PHP failed; check the Moodle server's error log if it persists.");
    }
    if (status != 200) {
      throw new MoodleRefusalException(function.wsName(), null, "Moodle answered HTTP " + status
          + " for " + serverUrl.host() + serverUrl.encodedPath() + ": check that baseUrl is the site's wwwroot.");
    }
    JsonNode json = parse(function, text);
    if (MoodleErrors.isError(json)) {
      throw MoodleErrors.translate(function.wsName(), json, token);
    }
    return json;
  }

  private JsonNode parse(MoodleFunction function, String text) {
    if (text.isBlank()) {
      throw new MalformedResponseException(function.wsName(), "Moodle answered with an empty body. Check the "
          + "server's error log: PHP may have run out of memory or time.");
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String start = Redaction.scrub(text.substring(0, Math.min(80, text.length())), token.reveal());
      throw new MalformedResponseException(function.wsName(), "the answer is not JSON (it starts \""
          + start.replaceAll("\\s+", " ") + "\"). Check that moodlewsrestformat=json is honoured and that no "
          + "PHP warnings are printed (set debugdisplay off on production).");
    }
  }

  private FormBody body(MoodleFunction function, FormParameters parameters) {
    FormBody.Builder form = new FormBody.Builder()
        .add("wstoken", token.reveal())
        .add("wsfunction", function.wsName())
        .add("moodlewsrestformat", "json");
    for (Map.Entry<String, String> entry : parameters.entries()) {
      form.add(entry.getKey(), entry.getValue());
    }
    return form.build();
  }

  private String describe(IOException failure) {
    String kind = failure instanceof InterruptedIOException ? "timed out" : "lost the connection";
    return "the call " + kind + " talking to " + serverUrl.host() + " (" + failure.getClass().getSimpleName()
        + ": " + Redaction.scrub(String.valueOf(failure.getMessage()), token.reveal()) + ").";
  }

  private void acquire(MoodleFunction function) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailureException(function.wsName(), null, "interrupted while waiting to call Moodle");
    }
  }

  private void pause(MoodleFunction function, Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailureException(function.wsName(), null, "interrupted while waiting to retry");
    }
  }
}
