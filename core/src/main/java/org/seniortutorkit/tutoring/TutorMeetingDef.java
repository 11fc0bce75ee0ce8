package org.seniortutorkit.tutoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A meeting between a tutor and a tutee. The tutor's private note may record health or personal matters: it
 * is special-category data and never appears in {@code toString}, logs or validation messages.
 */
@Value.Immutable
@JsonSerialize(as = TutorMeeting.class)
@JsonDeserialize(as = TutorMeeting.class)
abstract class TutorMeetingDef implements SelfValidating {
  public abstract MeetingId id();

  public abstract StudentId student();

  public abstract StaffId tutor();

  public abstract LocalDate heldOn();

  public abstract MeetingKind kind();

  public abstract MeetingRequester requestedBy();

  @SpecialCategory
  @Value.Redacted
  public abstract Optional<@Size(max = 10_000) String> privateNote();
}
