package org.seniortutorkit.moodle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seniortutorkit.moodle.client.Endpoint;

/** A site's address never carries a secret, and a token file is its owner's alone. */
class SecretsInConfigurationTest {
  @TempDir
  Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"https://admin:s3cret@moodle.example.ac.uk",
      "https://moodle.example.ac.uk/?wstoken=s3cret", "https://moodle.example.ac.uk/webservice?wstoken=s3cret"})
  void a_base_url_with_credentials_or_a_query_is_refused_without_repeating_it(String baseUrl) {
    String json = """
        {"baseUrl": "%s", "token": {"env": "MOODLE_TOKEN"}, "department": "CHEM", "academicYear": 2026,
         "tutorRoleId": 9}
        """.formatted(baseUrl);

    assertThatThrownBy(() -> MoodleConfigReader.parse(json, "moodle.json", directory))
        .hasMessageContaining("$.baseUrl must not carry a user name, password or query")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://admin:s3cret@moodle.example.ac.uk", "https://moodle.example.ac.uk/?wstoken=s3cret"})
  void the_endpoint_refuses_credentials_in_the_url_without_repeating_them(String baseUrl) {
    assertThatThrownBy(() -> Endpoint.serverUrl(baseUrl, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moodle.example.ac.uk")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw----", "rw-----w-"})
  void a_token_file_other_users_may_read_or_write_is_refused(String permissions) throws Exception {
    Path token = directory.resolve("moodle.token");
    Files.writeString(token, "abcdef0123");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString(permissions));

    assertThatThrownBy(() -> new TokenSource.TokenFile(token).load(Map.of()))
        .hasMessageContaining("chmod 600")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abcdef0123"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "r--------"})
  void a_token_file_only_its_owner_may_use_is_read(String permissions) throws Exception {
    Path token = directory.resolve("moodle.token");
    Files.writeString(token, "abcdef0123\n");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString(permissions));

    assertThat(new TokenSource.TokenFile(token).load(Map.of()).reveal()).isEqualTo("abcdef0123");
  }
}
