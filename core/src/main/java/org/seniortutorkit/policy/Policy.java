package org.seniortutorkit.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.RuleId;

/**
 * The effective policy for one department on one date: every {@link PolicySetting} with a value, every rule
 * with a citation, and for each the pack (layer) it came from. Rules read their figures here.
 *
 * <pre>{@code
 * Policy policy = layers.resolve(DepartmentId.of("MED"), Optional.of(FacultyId.of("FMED")), today);
 * policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT);      // 70
 * policy.source(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY);     // medicine@2026.1 (DEPARTMENT)
 * }</pre>
 */
public final class Policy {
  private final ImmutableMap<PolicySetting, Object> values;
  private final ImmutableMap<PolicySetting, SettingSource> sources;
  private final ImmutableMap<RuleId, String> citations;
  private final int[] numbers;
  private final boolean[] flags;
  private final WorkingDayCalendar workingDays;

  Policy(Map<PolicySetting, Object> values, Map<PolicySetting, SettingSource> sources,
      Map<RuleId, String> citations) {
    List<String> missing = java.util.Arrays.stream(PolicySetting.values())
        .filter(s -> !values.containsKey(s)).map(PolicySetting::key).toList();
    if (!missing.isEmpty()) {
      throw InvalidValueException.of("Policy", "settings", missing,
          "must all be set (the institution pack sets every setting)");
    }
    this.values = ImmutableMap.copyOf(new EnumMap<>(values));
    this.sources = ImmutableMap.copyOf(new EnumMap<>(sources));
    this.citations = ImmutableMap.copyOf(citations);
    this.numbers = new int[PolicySetting.values().length];
    this.flags = new boolean[PolicySetting.values().length];
    this.values.forEach((setting, value) -> {
      if (value instanceof Integer number) {
        numbers[setting.ordinal()] = number;
      } else if (value instanceof Boolean flag) {
        flags[setting.ordinal()] = flag;
      }
    });
    this.workingDays = WorkingDayCalendar.of(datesOf(values.get(PolicySetting.HOLIDAYS)));
  }

  /**
   * An INTEGER setting's value.
   *
   * @throws IllegalArgumentException naming the setting and its kind when {@code setting} is not an INTEGER
   *     setting, rather than answering 0 for it
   */
  public int number(PolicySetting setting) {
    requireKind(setting, SettingKind.INTEGER, "number");
    return numbers[setting.ordinal()];
  }

  /**
   * A BOOLEAN setting's value.
   *
   * @throws IllegalArgumentException naming the setting and its kind when {@code setting} is not a BOOLEAN
   *     setting, rather than answering false for it
   */
  public boolean flag(PolicySetting setting) {
    requireKind(setting, SettingKind.BOOLEAN, "flag");
    return flags[setting.ordinal()];
  }

  /**
   * A DATES setting's value, in the order the pack lists them.
   *
   * @throws IllegalArgumentException naming the setting and its kind when {@code setting} is not a DATES setting
   */
  public List<LocalDate> dates(PolicySetting setting) {
    requireKind(setting, SettingKind.DATES, "dates");
    return datesOf(values.get(setting));
  }

  // A getter of the wrong kind used to answer 0 or false, which reads as a real setting; failing names the mistake.
  private static void requireKind(PolicySetting setting, SettingKind wanted, String getter) {
    if (setting.kind() != wanted) {
      throw new IllegalArgumentException("Policy." + getter + "(" + setting.name() + "): " + setting.key()
          + " is of kind " + setting.kind() + ", not " + wanted);
    }
  }

  private static List<LocalDate> datesOf(Object value) {
    return ((List<?>) value).stream().map(day -> LocalDate.parse(String.valueOf(day))).toList();
  }

  public Object value(PolicySetting setting) {
    return values.get(setting);
  }

  public SettingSource source(PolicySetting setting) {
    return sources.get(setting);
  }

  public int passMark(StudyLevel level) {
    return number(level == StudyLevel.UNDERGRADUATE
        ? PolicySetting.PASS_MARK_UNDERGRADUATE : PolicySetting.PASS_MARK_POSTGRADUATE_TAUGHT);
  }

  public int compensationMaxCredits(StudyLevel level) {
    return number(level == StudyLevel.UNDERGRADUATE
        ? PolicySetting.COMPENSATION_MAX_CREDITS_UNDERGRADUATE
        : PolicySetting.COMPENSATION_MAX_CREDITS_POSTGRADUATE_TAUGHT);
  }

  public WorkingDayCalendar workingDays() {
    return workingDays;
  }

  /** The regulation or policy section rule {@code ruleId} implements, if the packs cite it. */
  public Optional<String> citation(RuleId ruleId) {
    return Optional.ofNullable(citations.get(ruleId));
  }

  public ImmutableMap<RuleId, String> citations() {
    return citations;
  }

  /** Every effective setting with its value and the pack it came from. */
  public ImmutableList<ResolvedSetting> explain() {
    return values.keySet().stream()
        .map(s -> ResolvedSetting.of(s.key(), values.get(s), sources.get(s)))
        .collect(ImmutableList.toImmutableList());
  }

  /** This policy with one setting changed, for what-if analysis; the change is explained as "what-if". */
  public Policy with(PolicySetting setting, Object value) {
    setting.problemWith(value).ifPresent(problem -> {
      throw InvalidValueException.of("Policy", setting.key(), value, problem);
    });
    return changed(setting, value, SettingSource.of(SettingSource.WHAT_IF, "-", Optional.empty()));
  }

  /**
   * This policy with what the department's own record declares. A department recorded as supportive-only
   * ({@link Department#seniorTutorsSupportiveOnly()}, e.g. the School of Medicine) is so whatever its packs say,
   * explained as coming from the department record; a pack may make a department supportive-only, but never
   * undo its record, because the safe reading of a disagreement keeps its Senior Tutors off disciplinary panels.
   */
  public Policy honouring(Department department) {
    if (!department.seniorTutorsSupportiveOnly() || flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)) {
      return this;
    }
    return changed(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY, true, SettingSource.of(
        SettingSource.DEPARTMENT_RECORD, department.id().value(), Optional.of(PolicyLayer.DEPARTMENT)));
  }

  private Policy changed(PolicySetting setting, Object value, SettingSource source) {
    Map<PolicySetting, Object> changed = new EnumMap<>(values);
    changed.put(setting, value);
    Map<PolicySetting, SettingSource> changedSources = new EnumMap<>(sources);
    changedSources.put(setting, source);
    return new Policy(changed, changedSources, citations);
  }

  @Override
  public String toString() {
    return "Policy" + values;
  }
}
