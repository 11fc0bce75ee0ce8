package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.seniortutorkit.policy.ResolvedSetting;
import org.seniortutorkit.regulation.MitigationRecommendation;
import org.seniortutorkit.regulation.mitigation.PenalisedMark;
import org.seniortutorkit.regulation.progression.ProgressionDecision;

/**
 * The result of running every rule over a set of records: findings, every student's progression decision,
 * pending claims prepared for the Mitigation Advisory Panel, penalised late marks, and the effective policy
 * (with the layer of each setting) for each department checked.
 */
@Value.Immutable
@JsonSerialize(as = CheckReport.class)
@JsonDeserialize(as = CheckReport.class)
abstract class CheckReportDef {
  public abstract LocalDate asOf();

  public abstract List<Finding> findings();

  public abstract List<ProgressionDecision> progression();

  public abstract List<MitigationRecommendation> mitigation();

  public abstract List<PenalisedMark> latePenalties();

  /** Department id to its effective settings and where each came from. */
  public abstract Map<String, List<ResolvedSetting>> policies();
}
