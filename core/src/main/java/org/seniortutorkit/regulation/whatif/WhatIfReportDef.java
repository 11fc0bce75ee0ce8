package org.seniortutorkit.regulation.whatif;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.regulation.Finding;

/** Who becomes flagged, who no longer is, and whose progression outcome changes, under a changed policy. */
@Value.Immutable
@JsonSerialize(as = WhatIfReport.class)
@JsonDeserialize(as = WhatIfReport.class)
abstract class WhatIfReportDef {
  /** Findings raised only under the changed policy. */
  public abstract List<Finding> newlyFlagged();

  /** Findings raised only under the current policy. */
  public abstract List<Finding> noLongerFlagged();

  public abstract List<ProgressionChange> progressionChanges();

  public boolean isEmpty() {
    return newlyFlagged().isEmpty() && noLongerFlagged().isEmpty() && progressionChanges().isEmpty();
  }
}
