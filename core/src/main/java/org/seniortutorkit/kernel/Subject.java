package org.seniortutorkit.kernel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * Whom or what a finding (or a record about casework) is about: a student, a tutor, a case, a
 * mitigating-circumstances claim or a panel, each with its own typed id. Replaces a free string tagged with a
 * separate kind, so that a tutor's id can never be read as a student's.
 *
 * <p>In JSON a subject is an object naming its kind and id: {@code {"kind": "STUDENT", "id": "S1234567"}}. Its
 * {@code toString} is the bare id, as the subject is printed in findings.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Subject.StudentSubject.class, name = "STUDENT"),
    @JsonSubTypes.Type(value = Subject.TutorSubject.class, name = "TUTOR"),
    @JsonSubTypes.Type(value = Subject.CaseSubject.class, name = "CASE"),
    @JsonSubTypes.Type(value = Subject.ClaimSubject.class, name = "CLAIM"),
    @JsonSubTypes.Type(value = Subject.PanelSubject.class, name = "PANEL")})
public sealed interface Subject
    permits Subject.StudentSubject, Subject.TutorSubject, Subject.CaseSubject, Subject.ClaimSubject,
        Subject.PanelSubject {

  /** The subject's id, of the subject's own identifier type. */
  Identifier id();

  static StudentSubject student(StudentId id) {
    return new StudentSubject(id);
  }

  static TutorSubject tutor(StaffId id) {
    return new TutorSubject(id);
  }

  static CaseSubject studentCase(CaseId id) {
    return new CaseSubject(id);
  }

  static ClaimSubject claim(ClaimId id) {
    return new ClaimSubject(id);
  }

  static PanelSubject panel(PanelId id) {
    return new PanelSubject(id);
  }

  /** A student, e.g. one whose attendance fell below the threshold. */
  record StudentSubject(@JsonProperty("id") StudentId id) implements Subject {
    public StudentSubject {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

  /** A member of staff in their role as Personal Tutor, e.g. one over their tutee limit. */
  record TutorSubject(@JsonProperty("id") StaffId id) implements Subject {
    public TutorSubject {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

  /** A case on a student's file. */
  record CaseSubject(@JsonProperty("id") CaseId id) implements Subject {
    public CaseSubject {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

  /** A mitigating-circumstances claim, e.g. one made out of time. */
  record ClaimSubject(@JsonProperty("id") ClaimId id) implements Subject {
    public ClaimSubject {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

  /** A proposed panel, e.g. one without a quorum. */
  record PanelSubject(@JsonProperty("id") PanelId id) implements Subject {
    public PanelSubject {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id.value();
    }
  }
}
