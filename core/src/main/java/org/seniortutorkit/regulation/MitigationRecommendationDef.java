package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.mitigation.PanelRecommendation;

/**
 * A claim prepared for the Mitigation Advisory Panel: the recommendation and the findings behind it. It is
 * advice only; the panel decides. It never repeats the claim's description.
 */
@Value.Immutable
@JsonSerialize(as = MitigationRecommendation.class)
@JsonDeserialize(as = MitigationRecommendation.class)
abstract class MitigationRecommendationDef {
  public static final String DECIDED_BY = "Mitigation Advisory Panel";

  public abstract String claim();

  public abstract String student();

  public abstract PanelRecommendation recommendation();

  /** The rule findings behind the recommendation; empty when it is to uphold. */
  public abstract List<Finding> reasons();

  @Value.Default
  public String decidedBy() {
    return DECIDED_BY;
  }
}
