package org.seniortutorkit.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.seniortutorkit.json.SeniorTutorJson;

/**
 * The policy pack shipped with the kit, modelled on a research-intensive UK university (UG pass mark 40, PGT
 * 50, compensation of up to 30 UG credits at 30-39). Its citations are illustrative: copy
 * {@code default-policy-pack.json}, edit the figures and citations to your own regulations, and load yours.
 */
public final class DefaultPolicyPack {
  /** The classpath resource holding the pack. */
  public static final String RESOURCE = "/org/seniortutorkit/policy/default-policy-pack.json";

  private DefaultPolicyPack() {}

  public static PolicyPack load() {
    return SeniorTutorJson.read(json(), PolicyPack.class);
  }

  /** The pack's JSON text, e.g. to write a copy an institution can edit. */
  public static String json() {
    // Reading a bundled classpath resource is not I/O on the outside world: core stays free of file and
    // network access.
    try (InputStream in = DefaultPolicyPack.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
