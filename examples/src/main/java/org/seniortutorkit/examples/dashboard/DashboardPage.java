package org.seniortutorkit.examples.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Renders the Senior Tutor's dashboard as one self-contained HTML file: styles, script and data are inlined,
 * so it opens from a file or an e-mail attachment with no network. Every chart has a table beside it with
 * the same figures (for screen readers, printing and anyone who prefers numbers), and the palette is
 * Okabe–Ito, which stays distinguishable with the common colour-vision deficiencies.
 */
public final class DashboardPage {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  /** The page model is plain records, whose accessors are their JSON fields. */
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private DashboardPage() {}

  public static String render(DashboardData data) {
    String template = resource("dashboard.html");
    return template
        .replace("{{style}}", resource("dashboard.css"))
        .replace("{{script}}", resource("dashboard.js"))
        .replace("{{department}}", HTML.escape(data.department()))
        .replace("{{asOf}}", data.asOf().toString())
        .replace("{{loadRows}}", rows(data.tutorLoads(), l -> cells(l.tutor(), l.tutees(), l.capacity(),
            l.overCapacity() ? "over capacity" : l.unavailable())))
        .replace("{{caseRows}}", rows(data.openCases(), c -> cells(c.kind(), c.upToAWeek(), c.upToAMonth(),
            c.older(), c.total())))
        .replace("{{overdueRows}}", rows(data.overdueMeetings(), m -> cells(m.tutor(), m.student(),
            m.lastMeeting())))
        .replace("{{flagRows}}", rows(data.flaggedStudents(), f -> cells(f.student(), f.rule(), f.severity(),
            f.recommendedAction())))
        .replace("{{trainingRows}}", rows(data.trainingGaps(), g -> cells(g.staff(), g.gap())))
        .replace("{{deadlineRows}}", rows(data.deadlines(), d -> cells(d.due(), d.what())))
        // last, so that nothing in the data can be mistaken for a placeholder
        .replace("{{data}}", json(data));
  }

  private static <T> String rows(List<T> items, Function<T, String> cells) {
    if (items.isEmpty()) {
      return "<tr><td colspan=\"6\">None.</td></tr>";
    }
    StringBuilder html = new StringBuilder();
    for (T item : items) {
      html.append("<tr>").append(cells.apply(item)).append("</tr>\n");
    }
    return html.toString();
  }

  private static String cells(Object... values) {
    StringBuilder html = new StringBuilder();
    for (Object value : values) {
      html.append("<td>").append(HTML.escape(String.valueOf(value))).append("</td>");
    }
    return html.toString();
  }

  /** The data island: JSON, with "</" broken up so no value can close the script element. */
  private static String json(DashboardData data) {
    try {
      return JSON.writeValueAsString(data).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the dashboard data", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = DashboardPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing dashboard resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
