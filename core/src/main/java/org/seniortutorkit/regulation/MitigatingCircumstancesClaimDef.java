package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A mitigating-circumstances claim against one assessment. The student's description of their circumstances
 * (often health) is special-category data: it never appears in {@code toString}, logs or messages.
 */
@Value.Immutable
@JsonSerialize(as = MitigatingCircumstancesClaim.class)
@JsonDeserialize(as = MitigatingCircumstancesClaim.class)
abstract class MitigatingCircumstancesClaimDef implements SelfValidating {
  @NotBlank
  public abstract String id();

  public abstract StudentId student();

  @NotBlank
  public abstract String module();

  @NotBlank
  public abstract String assessment();

  /** The assessment's date (an exam) or deadline (coursework). */
  public abstract LocalDate assessmentDate();

  public abstract LocalDate submittedOn();

  public abstract ClaimKind kind();

  /** For a self-certification: the extension claimed, in calendar days. */
  @Value.Default
  @Min(0)
  @Max(365)
  public int daysRequested() {
    return 0;
  }

  @Value.Default
  public boolean evidenceProvided() {
    return false;
  }

  /** Whether the assessment is minor coursework, the only kind self-certification covers. */
  @Value.Default
  public boolean minorCoursework() {
    return false;
  }

  @SpecialCategory
  @Value.Redacted
  public abstract Optional<@Size(max = 10_000) String> description();

  @Value.Default
  public ClaimStatus status() {
    return ClaimStatus.PENDING;
  }

  public boolean isAccepted() {
    return status() == ClaimStatus.ACCEPTED;
  }

  public boolean covers(String module, String assessment) {
    return module().equals(module) && assessment().equals(assessment);
  }

  @Value.Check
  void selfCertificationClaimsDays() {
    if (kind() == ClaimKind.SELF_CERTIFICATION && daysRequested() < 1) {
      throw InvalidValueException.of("MitigatingCircumstancesClaim", "daysRequested", daysRequested(),
          "must be at least 1 for a self-certification");
    }
  }
}
