package org.seniortutorkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardPageTest {
  private final String html = DashboardPage.render(DashboardFixtures.chemistry());

  @Test
  void is_self_contained_with_no_external_resources() {
    assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContain("<link")
        .doesNotContainPattern("(href|src)=\"https?:");
  }

  @Test
  void every_chart_has_a_table_with_the_same_figures() {
    assertThat(html).contains("<td>Prof Mei Chen</td><td>15</td><td>14</td><td>over capacity</td>")
        .contains("<td>referral</td><td>1</td><td>2</td><td>1</td><td>4</td>");
  }

  @Test
  void names_are_escaped_in_tables_and_cannot_close_the_data_script() {
    assertThat(html).contains("Dr Ava &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .contains("<\\/script>");
  }

  @Test
  void headings_structure_the_page_for_assistive_technology() {
    assertThat(html).contains("<html lang=\"en-GB\">").contains("<h1>").contains("<h2 id=\"loads-heading\">")
        .contains("role=\"img\" aria-labelledby=\"loads-heading loads-desc\"");
  }

  @Test
  void empty_sections_say_none() {
    String empty = DashboardPage.render(new DashboardData("Empty", LocalDate.of(2026, 10, 1),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(empty).contains("<td colspan=\"6\">None.</td>");
  }
}
