package org.seniortutorkit.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.RuleId;

/**
 * The packs an institution has (every layer, every version) plus any what-if overrides. Resolving them for a
 * department on a date layers institution, then its faculty, then the department: the narrowest pack that
 * names a setting wins, and the resulting {@link Policy} says which pack each setting came from.
 *
 * <pre>{@code
 * PolicyLayers layers = PolicyLayers.of(List.of(DefaultPolicyPack.load(), medicinePack));
 * Policy policy = layers.resolve(DepartmentId.of("MED"), Optional.of(FacultyId.of("FMED")), today);
 * }</pre>
 */
@Value.Immutable
abstract class PolicyLayersDef {
  @Value.Parameter
  public abstract List<PolicyPack> packs();

  /** Settings changed for a what-if run; they override every layer. */
  public abstract Map<PolicySetting, Object> overrides();

  /** These layers with {@code pack} in place of any pack for the same layer and scope. */
  public PolicyLayers replacing(PolicyPack pack) {
    List<PolicyPack> kept = packs().stream()
        .filter(p -> !(p.layer() == pack.layer() && p.appliesTo().equals(pack.appliesTo())))
        .toList();
    return PolicyLayers.builder().from(this).packs(kept).addPacks(pack).build();
  }

  /** These layers with one setting changed everywhere. */
  public PolicyLayers withSetting(PolicySetting setting, Object value) {
    setting.problemWith(value).ifPresent(problem -> {
      throw InvalidValueException.of("PolicyLayers", setting.key(), value, problem);
    });
    return PolicyLayers.builder().from(this).putOverrides(setting, value).build();
  }

  /** The effective policy for {@code department} (in {@code faculty}, if known) on {@code date}. */
  public Policy resolve(DepartmentId department, Optional<FacultyId> faculty, LocalDate date) {
    Map<PolicySetting, Object> values = new EnumMap<>(PolicySetting.class);
    Map<PolicySetting, SettingSource> sources = new EnumMap<>(PolicySetting.class);
    Map<RuleId, String> citations = new HashMap<>();
    PolicyPack institution = inForce(PolicyLayer.INSTITUTION, Optional.empty(), date).orElseThrow(() ->
        InvalidValueException.of("PolicyLayers", "packs", date, "must include an INSTITUTION pack in force on"));
    apply(institution, values, sources, citations);
    faculty.flatMap(f -> inForce(PolicyLayer.FACULTY, Optional.of(f.value()), date))
        .ifPresent(p -> apply(p, values, sources, citations));
    inForce(PolicyLayer.DEPARTMENT, Optional.of(department.value()), date)
        .ifPresent(p -> apply(p, values, sources, citations));
    overrides().forEach((setting, value) -> {
      values.put(setting, value);
      sources.put(setting, SettingSource.of(SettingSource.WHAT_IF, "-", Optional.empty()));
    });
    return new Policy(values, sources, citations);
  }

  /** The institution-wide policy on {@code date}, for a department with no narrower packs. */
  public Policy resolveInstitution(LocalDate date) {
    return resolve(DepartmentId.of("-"), Optional.empty(), date);
  }

  private Optional<PolicyPack> inForce(PolicyLayer layer, Optional<String> scope, LocalDate date) {
    List<PolicyPack> candidates = packs().stream()
        .filter(p -> p.layer() == layer && p.appliesTo().equals(scope) && p.inForceOn(date))
        .toList();
    if (candidates.size() > 1) {
      throw InvalidValueException.of("PolicyLayers", "packs",
          candidates.stream().map(PolicyPack::label).toList(),
          "must not have two " + layer + " packs for " + scope.orElse("the institution") + " in force on " + date);
    }
    return candidates.stream().max(Comparator.comparing(PolicyPack::effectiveFrom));
  }

  private static void apply(PolicyPack pack, Map<PolicySetting, Object> values,
      Map<PolicySetting, SettingSource> sources, Map<RuleId, String> citations) {
    pack.settings().forEach((key, value) -> {
      PolicySetting setting = PolicySetting.forKey(key).orElseThrow();
      values.put(setting, value);
      sources.put(setting, SettingSource.of(pack));
    });
    pack.citations().forEach((rule, citation) -> citations.put(RuleId.of(rule), citation));
  }
}
