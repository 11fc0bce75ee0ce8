package org.seniortutorkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the dashboard in a real headless browser: the charts render, the console stays clean. */
class DashboardBrowserTest {
  private static final Path OUT = Path.of("target", "dashboard");
  private static HeadlessChromium chromium;
  private static Path page;

  @BeforeAll
  static void writeThePage() throws Exception {
    Optional<HeadlessChromium> found = HeadlessChromium.find();
    if (found.isEmpty()) {
      String reason = "Chromium not found (apt-get install chromium, or set STK_CHROMIUM); .ci/run installs it";
      if (HeadlessChromium.required()) {
        throw new AssertionError(reason + ", and STK_REQUIRE_CHROMIUM=1 requires it");
      }
      System.out.println("SKIPPED DashboardBrowserTest: " + reason);
      assumeTrue(false, reason);
    }
    chromium = found.get();
    Files.createDirectories(OUT);
    page = OUT.resolve("dashboard.html").toAbsolutePath();
    Files.writeString(page, DashboardPage.render(DashboardFixtures.chemistry()), StandardCharsets.UTF_8);
  }

  @Test
  void the_charts_render_every_bar_and_capacity_tick(@TempDir Path profile) throws Exception {
    HeadlessChromium.Result result = chromium.run(page, profile, "--dump-dom");
    String dom = result.stdout();
    assertThat(dom).containsPattern("<body[^>]*data-ready=\"true\"").doesNotContainPattern("<body[^>]*data-errors");
    assertThat(chart(dom, "loads-chart")).contains("data-rendered=\"3\"");
    assertThat(count(chart(dom, "loads-chart"), "class=\"bar\"")).isEqualTo(3);
    assertThat(count(chart(dom, "loads-chart"), "class=\"capacity\"")).isEqualTo(3);
    assertThat(chart(dom, "loads-chart")).contains("15 / 14 over capacity");
    // concern: 2 non-empty segments; referral: 3
    assertThat(count(chart(dom, "cases-chart"), "class=\"bar\"")).isEqualTo(5);
  }

  @Test
  void the_console_has_no_errors(@TempDir Path profile) throws Exception {
    HeadlessChromium.Result result = chromium.run(page, profile, "--dump-dom");
    assertThat(result.consoleErrors()).isEmpty();
  }

  @Test
  void a_screenshot_is_saved_for_people_to_look_at(@TempDir Path profile) throws Exception {
    Path screenshot = OUT.resolve("dashboard.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    chromium.run(page, profile, "--screenshot=" + screenshot, "--window-size=1280,1800", "--hide-scrollbars");
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  private static String chart(String dom, String id) {
    Matcher matcher = Pattern.compile("<svg id=\"" + id + "\".*?</svg>", Pattern.DOTALL).matcher(dom);
    assertThat(matcher.find()).as("chart %s in the rendered DOM", id).isTrue();
    return matcher.group();
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
