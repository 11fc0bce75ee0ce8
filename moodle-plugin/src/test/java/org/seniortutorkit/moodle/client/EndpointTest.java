package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointTest {
  @Test
  void https_sites_get_the_rest_server_path_under_their_wwwroot() {
    assertThat(Endpoint.serverUrl("https://vle.example.ac.uk/moodle", false).toString())
        .isEqualTo("https://vle.example.ac.uk/moodle/webservice/rest/server.php");
  }

  @Test
  void plain_http_is_refused_without_the_loopback_switch() {
    assertThatThrownBy(() -> Endpoint.serverUrl("http://127.0.0.1:8080", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted");
  }

  @Test
  void the_loopback_switch_accepts_only_loopback_hosts() {
    assertThat(Endpoint.serverUrl("http://localhost:8080", true).host()).isEqualTo("localhost");
    assertThat(Endpoint.serverUrl("http://127.8.9.10", true).host()).isEqualTo("127.8.9.10");
    assertThat(Endpoint.serverUrl("http://[::1]:8080", true).host()).isEqualTo("::1");
    assertThatThrownBy(() -> Endpoint.serverUrl("http://10.0.0.5", true)).hasMessageContaining("not 10.0.0.5");
    assertThatThrownBy(() -> Endpoint.serverUrl("http://moodle.example.ac.uk", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Endpoint.serverUrl("http://localhost.evil.example", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_non_url_is_refused_with_an_example() {
    assertThatThrownBy(() -> Endpoint.serverUrl("moodle.example.ac.uk", false))
        .hasMessageContaining("e.g. https://");
  }
}
