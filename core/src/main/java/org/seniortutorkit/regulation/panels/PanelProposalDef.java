package org.seniortutorkit.regulation.panels;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/** A panel proposed to hear a student's appeal or disciplinary case, to be checked before it sits. */
@Value.Immutable
@JsonSerialize(as = PanelProposal.class)
@JsonDeserialize(as = PanelProposal.class)
abstract class PanelProposalDef implements SelfValidating {
  @NotBlank
  public abstract String id();

  public abstract PanelKind kind();

  public abstract StudentId student();

  public abstract FacultyId studentFaculty();

  public abstract List<@Valid PanelMember> members();
}
