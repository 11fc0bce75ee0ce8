package org.seniortutorkit.student;

import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

/**
 * Students, keyed by {@link StudentId}. Adapters store every field, including the special-category
 * {@code complexNeeds}, exactly as given: protecting it at rest (encryption, access control) is the store's job.
 */
public interface StudentRepository extends AggregateRepository<StudentId, Student, StudentQuery> {}
