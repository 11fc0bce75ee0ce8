package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.persistence.tck.TckData;
import org.seniortutorkit.kernel.InvalidValueException;

/** Opening the JDBC adapter: the embedded H2 default, and settings it refuses. */
class JdbcPersistenceTest {
  @Test
  void the_embedded_default_keeps_its_data_in_a_file_in_the_working_folder(@TempDir Path folder) {
    try (JdbcPersistence store = JdbcPersistence.embeddedH2(folder)) {
      store.run(work -> work.students().save(TckData.fullStudent(), Version.none()));
    }

    assertThat(folder.resolve("senior-tutor-kit.mv.db")).exists();
    try (JdbcPersistence reopened = JdbcPersistence.embeddedH2(folder)) {
      assertThat(reopened.inTransaction((UnitOfWork work) -> work.students().find(TckData.fullStudent().id())))
          .hasValueSatisfying(stored -> assertThat(stored.value()).isEqualTo(TckData.fullStudent()));
    }
  }

  @Test
  void the_description_names_the_database_but_no_password(@TempDir Path folder) {
    try (JdbcPersistence store = JdbcPersistence.embeddedH2(folder)) {
      assertThat(store.describe()).startsWith("jdbc:h2:file:").contains("senior-tutor-kit").doesNotContain(";");
    }
  }

  @Test
  void settings_refuse_a_url_for_another_database() {
    assertThatThrownBy(() -> JdbcSettings.builder().url("jdbc:mysql://db/stk").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("url")
        .hasMessageContaining("must be an H2 or PostgreSQL JDBC URL");
  }

  @Test
  void settings_never_show_the_password() {
    JdbcSettings settings = JdbcSettings.builder().url("jdbc:postgresql://db/stk").user("stk").password("s3cret")
        .build();

    assertThat(settings.toString()).doesNotContain("s3cret");
    assertThat(settings.describe()).doesNotContain("s3cret");
  }
}
