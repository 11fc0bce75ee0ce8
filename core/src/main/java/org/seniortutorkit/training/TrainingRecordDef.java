package org.seniortutorkit.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** What a member of staff has done to prepare for tutoring and to keep up to date. */
@Value.Immutable
@JsonSerialize(as = TrainingRecord.class)
@JsonDeserialize(as = TrainingRecord.class)
abstract class TrainingRecordDef implements SelfValidating {
  /** When they completed the Introduction to Personal Tutoring workshop, if they have. */
  public abstract Optional<LocalDate> introductionToPersonalTutoringCompletedOn();

  public abstract List<@Valid CpdActivity> cpd();

  public abstract List<@Valid BriefingAcknowledgement> briefingsAcknowledged();

  /** True if the workshop was completed on or before {@code date}. */
  public boolean completedIntroductionToPersonalTutoringBy(LocalDate date) {
    return introductionToPersonalTutoringCompletedOn().filter(done -> !done.isAfter(date)).isPresent();
  }

  /** The most recent CPD activity, if any. */
  public Optional<LocalDate> lastCpdOn() {
    return cpd().stream().map(CpdActivity::completedOn).max(LocalDate::compareTo);
  }

  public boolean acknowledged(String briefingId) {
    return briefingsAcknowledged().stream().anyMatch(b -> b.briefingId().equals(briefingId));
  }
}
