package org.seniortutorkit.examples.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, run headless as this machine allows: no sandbox (root), no background networking (the
 * network is closed), a fresh profile. {@code .ci/run} installs it; elsewhere tests skip unless
 * {@code STK_REQUIRE_CHROMIUM=1} says it must be there.
 */
final class HeadlessChromium {
  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  static Optional<HeadlessChromium> find() {
    return Stream.of(System.getenv("STK_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
        .filter(p -> p != null && !p.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .map(HeadlessChromium::new);
  }

  static boolean required() {
    return "1".equals(System.getenv("STK_REQUIRE_CHROMIUM"));
  }

  /** Runs Chromium on {@code page} with the extra arguments; returns stdout and stderr. */
  Result run(Path page, Path profile, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile, "--virtual-time-budget=3000"));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(profile, "out", ".txt");
    Path err = Files.createTempFile(profile, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 90 s: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  record Result(int exitCode, String stdout, String stderr) {
    /** Messages the page logged to the console at error level, or uncaught exceptions. */
    List<String> consoleErrors() {
      return stderr.lines()
          .filter(line -> line.contains("CONSOLE") || line.contains("Uncaught"))
          .filter(line -> line.contains("ERROR") || line.contains("Uncaught") || line.contains("error"))
          .toList();
    }
  }
}
