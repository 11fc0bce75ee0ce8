package org.seniortutorkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Embedding the core prints nothing on stderr: no validator version banner at the first bootstrap, no warning about
 * messages it cannot interpolate. It takes a fresh JVM, because the banner appears once per JVM and this one has
 * long since bootstrapped validation; the JVM runs with the default logging configuration, as an application would.
 */
class QuietStartTest {
  @Test
  void building_values_in_a_fresh_jvm_prints_nothing_on_stderr() throws Exception {
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", testClassPath(),
        BuildValuesInFreshJvm.class.getName()))
        .start();
    process.getOutputStream().close();
    CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM finished").isTrue();
    assertThat(process.exitValue()).as("exit code, stderr: %s", stderr.get()).isZero();
    assertThat(stdout.get()).contains("S1", "CpdActivity.hours = 0.25 must be greater than or equal to 0.5");
    assertThat(stderr.get()).isEmpty();
  }

  /** Surefire names the real test class path in its own property; elsewhere the JVM's is it. */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static String read(InputStream stream) {
    try (stream) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      stream.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
