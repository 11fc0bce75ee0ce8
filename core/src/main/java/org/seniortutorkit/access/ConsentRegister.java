package org.seniortutorkit.access;

import com.google.common.collect.ImmutableSetMultimap;
import org.seniortutorkit.kernel.StudentId;

/**
 * The consents students have given to share special-category areas of their record with the department.
 * Immutable: {@link #withConsent} returns a new register.
 */
public final class ConsentRegister {
  private final ImmutableSetMultimap<StudentId, RecordArea> consents;

  private ConsentRegister(ImmutableSetMultimap<StudentId, RecordArea> consents) {
    this.consents = consents;
  }

  public static ConsentRegister empty() {
    return new ConsentRegister(ImmutableSetMultimap.of());
  }

  public ConsentRegister withConsent(StudentId student, RecordArea area) {
    return new ConsentRegister(ImmutableSetMultimap.<StudentId, RecordArea>builder()
        .putAll(consents).put(student, area).build());
  }

  public boolean given(StudentId student, RecordArea area) {
    return consents.containsEntry(student, area);
  }
}
