package org.seniortutorkit.moodle.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Where a site's REST server lives: {@code {wwwroot}/webservice/rest/server.php}. HTTPS is required because the
 * token travels in every request; plain HTTP is accepted only with {@code allowInsecureLoopback} and only to a
 * loopback address (127.0.0.0/8, localhost, ::1), for a development Moodle on the same machine. A URL that carries
 * credentials ({@code user:password@}) or a query ({@code ?wstoken=}) is refused, and messages never repeat it.
 */
public final class Endpoint {
  private static final String SERVER_PATH = "webservice/rest/server.php";

  private Endpoint() {}

  /** The server URL for {@code wwwroot}, or an {@link IllegalArgumentException} saying what to fix. */
  public static HttpUrl serverUrl(String wwwroot, boolean allowInsecureLoopback) {
    HttpUrl base = HttpUrl.parse(wwwroot == null ? "" : wwwroot.strip());
    if (base == null) {
      throw new IllegalArgumentException("Moodle base URL \"" + wwwroot + "\" is not an http(s) URL: use the "
          + "site's wwwroot, e.g. https://moodle.example.ac.uk");
    }
    if (!base.username().isEmpty() || !base.password().isEmpty()) {
      throw new IllegalArgumentException("Moodle base URL for " + base.host() + " carries a user name or "
          + "password: use the site's wwwroot alone and give the token through token.env or token.file");
    }
    if (base.query() != null) {
      throw new IllegalArgumentException("Moodle base URL for " + base.host() + " carries a query (such as "
          + "wstoken): use the site's wwwroot alone and give the token through token.env or token.file");
    }
    if (!base.isHttps()) {
      if (!allowInsecureLoopback) {
        throw new IllegalArgumentException("Moodle base URL " + base.host() + " uses plain HTTP: the token "
            + "would travel unencrypted. Use https://, or for a local development site set "
            + "allowInsecureLoopback and use 127.0.0.1, localhost or [::1]");
      }
      if (!isLoopback(base.host())) {
        throw new IllegalArgumentException("allowInsecureLoopback only permits 127.0.0.0/8, localhost or ::1, "
            + "not " + base.host() + ": use https:// for any other host");
      }
    }
    String path = base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
    return base.newBuilder().encodedPath(path + SERVER_PATH).query(null).fragment(null).build();
  }

  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost")) {
      return true;
    }
    if (!name.matches("[0-9.]+|[0-9a-f:]+")) {
      return false; // a DNS name other than localhost could resolve anywhere
    }
    try {
      InetAddress address = InetAddress.getByName(name);
      return address.isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static String describe(HttpUrl url) {
    return URI.create(url.toString()).getHost();
  }
}
