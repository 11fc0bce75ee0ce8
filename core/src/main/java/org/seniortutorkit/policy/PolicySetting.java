package org.seniortutorkit.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting a policy pack may name: its JSON key, kind, allowed range and the rules that read it. This is
 * the one list of figures the regulation engine understands; {@code docs/policy.md} documents each one and the
 * default pack gives every one a value.
 */
public enum PolicySetting {
  MAX_TUTEES_PER_FULL_TIME_TUTOR("tutoring.maxTuteesPerFullTimeTutor", SettingKind.INTEGER, 1, 200,
      "Most tutees a full-time tutor may have; scaled by FTE", "TUT-MAX-TUTEES"),
  MIN_MEETINGS_PER_TERM("tutoring.minMeetingsPerTerm", SettingKind.INTEGER, 0, 20,
      "Meetings each tutee should have in each completed term", "TUT-MEETINGS-PER-TERM"),
  FIRST_YEAR_MEETING_WITHIN_WEEKS("tutoring.firstYearFirstMeetingWithinWeeks", SettingKind.INTEGER, 1, 15,
      "Weeks from the start of the first term within which a first-year is first met", "TUT-FIRST-YEAR-MEETING"),
  CPD_EVERY_YEARS("tutoring.cpdEveryYears", SettingKind.INTEGER, 1, 10,
      "A tutor's most recent tutoring CPD must be at most this many years old", "TUT-CPD"),
  BRIEFING_ACKNOWLEDGE_WITHIN_DAYS("tutoring.briefingAcknowledgeWithinDays", SettingKind.INTEGER, 1, 90,
      "Days within which a tutor acknowledges a policy-change briefing", "TUT-BRIEFINGS"),

  ATTENDANCE_THRESHOLD_PERCENT("monitoring.attendance.thresholdPercent", SettingKind.INTEGER, 0, 100,
      "Attendance below this percentage is a cause for concern", "MON-ATTENDANCE", "WDR-PROCEDURE"),
  ATTENDANCE_WINDOW_WEEKS("monitoring.attendance.windowWeeks", SettingKind.INTEGER, 1, 52,
      "Rolling window over which attendance is measured", "MON-ATTENDANCE"),
  ATTENDANCE_MINIMUM_SESSIONS("monitoring.attendance.minimumSessions", SettingKind.INTEGER, 1, 1000,
      "Fewest registered sessions in a window for its attendance rate to count", "MON-ATTENDANCE", "WDR-PROCEDURE"),
  MISSED_SUBMISSIONS_THRESHOLD("monitoring.missedSubmissions.threshold", SettingKind.INTEGER, 1, 50,
      "Missed submissions within the window that are a cause for concern", "MON-MISSED-SUBMISSIONS"),
  MISSED_SUBMISSIONS_WINDOW_WEEKS("monitoring.missedSubmissions.windowWeeks", SettingKind.INTEGER, 1, 52,
      "Window over which missed submissions are counted", "MON-MISSED-SUBMISSIONS"),
  MARKS_DROP_POINTS("monitoring.marksDrop.points", SettingKind.INTEGER, 1, 100,
      "Drop in credit-weighted average mark from one year to the next that is a cause for concern",
      "MON-MARKS-DROP"),
  NO_TUTOR_MEETING_WEEKS("monitoring.noTutorMeeting.weeks", SettingKind.INTEGER, 1, 52,
      "Weeks without a tutor meeting that are a cause for concern", "MON-NO-TUTOR-MEETING"),

  CLAIM_WINDOW_WORKING_DAYS("mitigation.claimWindowWorkingDays", SettingKind.INTEGER, 0, 60,
      "Working days after the assessment within which a mitigating-circumstances claim is made", "MIT-DEADLINE"),
  EVIDENCE_REQUIRED("mitigation.evidenceRequired", SettingKind.BOOLEAN, 0, 0,
      "Whether a claim other than self-certification needs independent evidence", "MIT-EVIDENCE"),
  SELF_CERTIFICATIONS_PER_TERM("mitigation.selfCertification.maxPerTerm", SettingKind.INTEGER, 0, 10,
      "Most self-certified late submissions of minor coursework a student may make in a term",
      "MIT-SELF-CERT-COUNT"),
  SELF_CERTIFICATION_MAX_DAYS("mitigation.selfCertification.maxDays", SettingKind.INTEGER, 0, 30,
      "Longest extension a self-certification may claim, in calendar days", "MIT-SELF-CERT-DAYS"),
  HOLIDAYS("calendar.holidays", SettingKind.DATES, 0, 0,
      "Institution closure days (bank holidays, closure at Christmas) that are not working days", "MIT-DEADLINE"),

  LATE_CAPPED_WINDOW_DAYS("lateSubmission.cappedWindowDays", SettingKind.INTEGER, 0, 60,
      "Calendar days late within which a mark is capped at the pass mark; later work scores zero",
      "LATE-PENALTY"),

  PASS_MARK_UNDERGRADUATE("progression.passMark.undergraduate", SettingKind.INTEGER, 0, 100,
      "Module pass mark for undergraduate study", "PROG-OUTCOME", "LATE-PENALTY"),
  PASS_MARK_POSTGRADUATE_TAUGHT("progression.passMark.postgraduateTaught", SettingKind.INTEGER, 0, 100,
      "Module pass mark for postgraduate taught study", "PROG-OUTCOME", "LATE-PENALTY"),
  COMPENSATION_ZONE_WIDTH("progression.compensation.zoneWidth", SettingKind.INTEGER, 0, 50,
      "Marks this far below the pass mark (e.g. 30-39 at UG) may be compensated", "PROG-OUTCOME"),
  COMPENSATION_MAX_CREDITS_UNDERGRADUATE("progression.compensation.maxCredits.undergraduate",
      SettingKind.INTEGER, 0, 180, "Most credits a year that may be compensated at undergraduate level",
      "PROG-OUTCOME"),
  COMPENSATION_MAX_CREDITS_POSTGRADUATE_TAUGHT("progression.compensation.maxCredits.postgraduateTaught",
      SettingKind.INTEGER, 0, 180, "Most credits that may be compensated at postgraduate taught level",
      "PROG-OUTCOME"),
  RESIT_MAX_FAILED_CREDITS("progression.resit.maxFailedCredits", SettingKind.INTEGER, 0, 180,
      "Most failed credits that may be made good by resits; more means repeating the year", "PROG-OUTCOME"),
  MAX_ATTEMPTS_PER_MODULE("progression.maxAttemptsPerModule", SettingKind.INTEGER, 1, 10,
      "Attempts allowed at a module; failing the last one means the student is required to withdraw",
      "PROG-OUTCOME"),
  CAP_RESIT_MARKS("progression.capResitMarks", SettingKind.BOOLEAN, 0, 0,
      "Whether a resit or repeat attempt's mark is capped at the pass mark", "PROG-OUTCOME"),

  WITHDRAWAL_REVIEW_PERIOD_WEEKS("withdrawal.reviewPeriodWeeks", SettingKind.INTEGER, 1, 52,
      "The extended period of low attendance, with no improvement, that starts the withdrawal procedure",
      "WDR-PROCEDURE"),
  WITHDRAWAL_WARNING_INTERVAL_WEEKS("withdrawal.warningIntervalWeeks", SettingKind.INTEGER, 1, 26,
      "Weeks after a warning before the next stage if there is still no improvement", "WDR-PROCEDURE"),

  PANEL_QUORUM("panels.quorum", SettingKind.INTEGER, 1, 15,
      "Fewest eligible members for an appeals or disciplinary panel", "PANEL-QUORUM"),
  PANEL_MEMBERS_FROM_DIFFERENT_FACULTY("panels.membersFromDifferentFaculty", SettingKind.BOOLEAN, 0, 0,
      "Whether panel members must come from a faculty other than the student's", "PANEL-DIFFERENT-FACULTY"),
  SENIOR_TUTORS_SUPPORTIVE_ONLY("department.seniorTutorsSupportiveOnly", SettingKind.BOOLEAN, 0, 0,
      "Senior Tutors of the department support students and never sit on disciplinary panels",
      "PANEL-SUPPORTIVE-ONLY");

  private final String key;
  private final SettingKind kind;
  private final int min;
  private final int max;
  private final String meaning;
  private final List<String> usedBy;

  PolicySetting(String key, SettingKind kind, int min, int max, String meaning, String... usedBy) {
    this.key = key;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.meaning = meaning;
    this.usedBy = List.of(usedBy);
  }

  /** The setting named {@code key} in a pack's JSON, if there is one. */
  public static Optional<PolicySetting> forKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  public String key() {
    return key;
  }

  public SettingKind kind() {
    return kind;
  }

  public String meaning() {
    return meaning;
  }

  /** Ids of the rules that read this setting. */
  public List<String> usedBy() {
    return usedBy;
  }

  /** Why {@code value} cannot be this setting's value, or empty when it can. */
  public Optional<String> problemWith(Object value) {
    return kind.problemWith(value, min, max);
  }

  @Override
  public String toString() {
    return key;
  }
}
