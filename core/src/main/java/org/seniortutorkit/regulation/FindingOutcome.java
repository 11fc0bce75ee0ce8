package org.seniortutorkit.regulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A rule's outcome in one word, as a {@link Finding} reports it. Written (in JSON and in text) as its
 * {@link #label()}, which for progression outcomes names the make-good route too, e.g.
 * {@code MAKE_GOOD_DEFICIENCIES/RESIT}.
 */
public enum FindingOutcome {
  /** A monitoring rule's concern about a student (attendance, marks, submissions, meetings). */
  CAUSE_FOR_CONCERN,
  /** TUT-WORKSHOP: tutees assigned before the workshop. */
  NOT_YET_TRAINED,
  /** TUT-MEETINGS-PER-TERM. */
  TOO_FEW_MEETINGS,
  /** TUT-FIRST-YEAR-MEETING. */
  FIRST_YEAR_NOT_MET,
  /** TUT-MAX-TUTEES. */
  OVER_LIMIT,
  /** TUT-CPD. */
  CPD_DUE,
  /** TUT-BRIEFINGS. */
  BRIEFING_NOT_ACKNOWLEDGED,
  /** A claim made after its window closed. */
  OUT_OF_TIME,
  /** A self-certified extension longer than allowed. */
  EXTENSION_TOO_LONG,
  /** Self-certification for an assessment that is not minor coursework. */
  NOT_SELF_CERTIFIABLE,
  /** More self-certifications in a term than allowed. */
  SELF_CERTIFICATION_LIMIT,
  /** A claim that needs evidence and has none. */
  EVIDENCE_MISSING,
  /** A panel that may not sit as proposed. */
  PANEL_NOT_VALID,
  /** The withdrawal procedure's first warning is due. */
  FIRST_WARNING,
  /** The withdrawal procedure's second warning is due. */
  SECOND_WARNING,
  /** The withdrawal procedure's referral to the registry is due. */
  REFERRED_TO_REGISTRY,
  /** Progression: deficiencies to make good, with no route decided. */
  MAKE_GOOD_DEFICIENCIES("MAKE_GOOD_DEFICIENCIES"),
  /** Progression: deficiencies to make good by resits. */
  MAKE_GOOD_DEFICIENCIES_BY_RESIT("MAKE_GOOD_DEFICIENCIES/RESIT"),
  /** Progression: deficiencies to make good by repeating the year. */
  MAKE_GOOD_DEFICIENCIES_BY_REPEAT_YEAR("MAKE_GOOD_DEFICIENCIES/REPEAT_YEAR"),
  /** Progression: required to withdraw. */
  REQUIRED_TO_WITHDRAW;

  private final String label;

  FindingOutcome() {
    this.label = name();
  }

  FindingOutcome(String label) {
    this.label = label;
  }

  /** The outcome as written in reports and JSON. */
  @JsonValue
  public String label() {
    return label;
  }

  /** The outcome labelled {@code label}, as {@link #label()} writes it. */
  @JsonCreator
  public static FindingOutcome ofLabel(String label) {
    return Arrays.stream(values()).filter(o -> o.label.equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding outcome is labelled " + label));
  }

  /** The withdrawal procedure's stage as a finding outcome. */
  public static FindingOutcome ofStage(WithdrawalStage stage) {
    return valueOf(stage.name());
  }

  @Override
  public String toString() {
    return label;
  }
}
