package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seniortutorkit.kernel.InvalidValueException;

/** Connection settings keep secrets out of descriptions and messages, and refuse URLs that carry them. */
class JdbcSettingsSecretsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "jdbc:postgresql://db:5432/stk?user=postgres&password=s3cret",
      "jdbc:postgresql://db:5432/stk?ssl=true&PASSWORD=s3cret",
      "jdbc:postgresql://postgres:s3cret@db:5432/stk",
      "jdbc:h2:file:/tmp/stk;USER=sa;PASSWORD=s3cret",
      "jdbc:mysql://root:s3cret@db/stk"})
  void a_url_with_a_password_is_refused_without_repeating_it(String url) {
    assertThatThrownBy(() -> JdbcSettings.builder().url(url).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("url")
        .hasMessageContaining("must not carry a password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("db:5432"));
  }

  @Test
  void the_description_leaves_out_the_query_and_the_user() {
    JdbcSettings settings = JdbcSettings.builder().url("jdbc:postgresql://stk@db:5432/tutoring?ssl=true&user=stk")
        .password("s3cret").build();

    assertThat(settings.describe()).isEqualTo("jdbc:postgresql://db:5432/tutoring");
  }

  @Test
  void the_description_of_an_h2_url_leaves_out_its_options() {
    JdbcSettings settings = JdbcSettings.builder().url("jdbc:h2:file:/srv/stk/senior-tutor-kit;USER=sa").build();

    assertThat(settings.describe()).isEqualTo("jdbc:h2:file:/srv/stk/senior-tutor-kit");
  }
}
