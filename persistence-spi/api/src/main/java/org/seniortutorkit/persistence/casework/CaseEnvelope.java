package org.seniortutorkit.persistence.casework;

import java.util.stream.Collectors;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.persistence.PersistenceException;

/**
 * Seals a core {@link StudentCase} into the {@link StoredCase} envelope a store indexes, and opens it again.
 * The payload is the case's own JSON form, so it round-trips exactly; the indexed fields are copied from it.
 */
public final class CaseEnvelope {
  private CaseEnvelope() {}

  /**
   * The envelope for {@code studentCase}. Its academic year is the one the case was opened in (1 August to 31
   * July, {@link AcademicYear#containing}): a case stays filed under that year however long it runs.
   */
  public static StoredCase seal(StudentCase studentCase) {
    return StoredCase.builder()
        .id(studentCase.id().value())
        .kind(studentCase.kind().name())
        .studentId(studentCase.student())
        .department(studentCase.department())
        .level(studentCase.level())
        .academicYear(AcademicYear.containing(studentCase.openedOn()))
        .state(studentCase.state().name())
        .payload(SeniorTutorJson.write(studentCase))
        .build();
  }

  /**
   * The case in {@code stored}'s payload.
   *
   * @throws PersistenceException if the payload is not a valid case; the message names only the JSON paths at
   *     fault, and the cause is left out, because a parser's message may quote the payload and it can hold
   *     special-category data (mitigation evidence)
   */
  public static StudentCase open(StoredCase stored) {
    try {
      return SeniorTutorJson.read(stored.payload(), StudentCase.class);
    } catch (JsonDocumentException unreadable) {
      throw new PersistenceException("Case " + stored.id() + " is stored with a payload that is not a valid case"
          + " (at " + unreadable.problems().stream().map(JsonDocumentException.Problem::path).distinct()
              .collect(Collectors.joining(", ")) + ")");
    }
  }
}
