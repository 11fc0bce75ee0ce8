package org.seniortutorkit.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A policy pack: one layer's named settings and rule citations, versioned and in force for a date range.
 *
 * <pre>{@code
 * {"id": "medicine", "version": "2026.1", "layer": "DEPARTMENT", "appliesTo": "MED",
 *  "effectiveFrom": "2026-08-01",
 *  "settings": {"department.seniorTutorsSupportiveOnly": true},
 *  "citations": {"PANEL-SUPPORTIVE-ONLY": "School of Medicine Student Support Policy §2.1"}}
 * }</pre>
 *
 * <p>A bad pack fails when read, naming the JSON path, the value and the rule, e.g.
 * {@code $.settings['monitoring.attendance.thresholdPercent'] = 120 must be between 0 and 100}.
 */
@Value.Immutable
@JsonSerialize(as = PolicyPack.class)
@JsonDeserialize(as = PolicyPack.class)
abstract class PolicyPackDef implements SelfValidating {
  private static final String CITATION_KEY = "[A-Z]+(-[A-Z0-9]+)*";

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
  public abstract String id();

  @NotBlank
  public abstract String version();

  public abstract PolicyLayer layer();

  /** The faculty or department id a narrower pack applies to; absent for the institution pack. */
  public abstract Optional<String> appliesTo();

  public abstract LocalDate effectiveFrom();

  /** The last day in force; absent while open-ended. */
  public abstract Optional<LocalDate> effectiveTo();

  public abstract Optional<String> description();

  /** Setting key (see {@link PolicySetting}) to value. */
  public abstract Map<String, Object> settings();

  /** Rule id to the regulation or policy section it implements. */
  public abstract Map<String, String> citations();

  /** True if the pack is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /** "id@version", as findings and explanations quote it. */
  public String label() {
    return id() + "@" + version();
  }

  @Value.Check
  void layerAndDatesAgree() {
    if (layer() == PolicyLayer.INSTITUTION && appliesTo().isPresent()) {
      throw InvalidValueException.of("PolicyPack", "appliesTo", appliesTo().get(),
          "must be absent for an INSTITUTION pack");
    }
    if (layer() != PolicyLayer.INSTITUTION && appliesTo().filter(a -> !a.isBlank()).isEmpty()) {
      throw InvalidValueException.of("PolicyPack", "appliesTo", null,
          "must name the faculty or department a " + layer() + " pack applies to");
    }
    if (effectiveTo().filter(to -> to.isBefore(effectiveFrom())).isPresent()) {
      throw InvalidValueException.of("PolicyPack", "effectiveTo", effectiveTo().get(),
          "must not be before effectiveFrom " + effectiveFrom());
    }
  }

  @Value.Check
  void settingsAreKnownAndInRange() {
    settings().forEach((key, value) -> {
      String field = "settings['" + key + "']";
      PolicySetting setting = PolicySetting.forKey(key).orElseThrow(() ->
          InvalidValueException.of("PolicyPack", field, value, "is not a known setting (see docs/policy.md)"));
      setting.problemWith(value).ifPresent(problem -> {
        throw InvalidValueException.of("PolicyPack", field, value, problem);
      });
    });
  }

  @Value.Check
  void citationsNameRules() {
    citations().forEach((rule, citation) -> {
      if (!rule.matches(CITATION_KEY)) {
        throw InvalidValueException.of("PolicyPack", "citations['" + rule + "']", rule,
            "must be a rule id such as MON-ATTENDANCE");
      }
      if (citation.isBlank()) {
        throw InvalidValueException.of("PolicyPack", "citations['" + rule + "']", citation,
            "must cite a regulation or policy section");
      }
    });
  }
}
