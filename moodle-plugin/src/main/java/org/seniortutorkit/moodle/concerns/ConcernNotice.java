package org.seniortutorkit.moodle.concerns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

/**
 * A concern to tell Moodle about: who, which tutor, what kind, when. It has no free-text field by design, so it
 * cannot carry special-category data (a diagnosis, a disability, mitigating evidence) into Moodle, where notes
 * and messages are visible far more widely than Senior Tutor Kit's casework. The text sent is generated from
 * {@link ConcernKind} alone; see {@link #noteText()} and {@link #messageText()}.
 *
 * @param id a stable id from the caller (e.g. the concern's case number), so a re-run never sends it twice
 */
public record ConcernNotice(String id, StudentId student, StaffId tutor, ConcernKind kind, LocalDate raisedOn) {
  @JsonCreator
  public ConcernNotice(@JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "student", required = true) StudentId student,
      @JsonProperty(value = "tutor", required = true) StaffId tutor,
      @JsonProperty(value = "kind", required = true) ConcernKind kind,
      @JsonProperty(value = "raisedOn", required = true) LocalDate raisedOn) {
    if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("ConcernNotice.id = " + id + " must be 1-64 letters, digits, '.', '_' or '-'");
    }
    this.id = id;
    this.student = Objects.requireNonNull(student, "student");
    this.tutor = Objects.requireNonNull(tutor, "tutor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.raisedOn = Objects.requireNonNull(raisedOn, "raisedOn");
  }

  /** The note about the student, for staff who can see notes. */
  public String noteText() {
    return "Senior Tutor Kit: a concern about " + kind.words() + " was raised on " + raisedOn
        + ". The student's Personal Tutor will follow it up; details are held in Senior Tutor Kit.";
  }

  /** The message to the Personal Tutor. */
  public String messageText() {
    return "Senior Tutor Kit: a concern about " + kind.words() + " for your tutee " + student + " was raised on "
        + raisedOn + ". Please arrange to meet them; details are held in Senior Tutor Kit.";
  }

  /** The journal key: one delivery per notice, ever. */
  public String journalKey() {
    return "concern:" + id;
  }
}
