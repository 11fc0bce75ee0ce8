package org.seniortutorkit.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.jdbc.JdbcPersistence;
import org.seniortutorkit.staff.StaffQuery;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.tutoring.AssignmentKey;
import org.seniortutorkit.tutoring.AssignmentQuery;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * The demo's records page: the department and this year's allocation saved to the embedded H2 database in the
 * working folder, in one transaction, then read back. Running the demo again updates the same rows (each save
 * names the version it read), so nothing is duplicated.
 */
public final class RecordsSection {
  private final SampleDepartment sample;
  private final Path workingFolder;

  public RecordsSection(SampleDepartment sample, Path workingFolder) {
    this.sample = sample;
    this.workingFolder = workingFolder;
  }

  public void printTo(PrintWriter out, Allocation allocation) {
    List<TutorAssignment> thisYear = allocation.tutorAssignments(sample.today());
    try (PersistenceProvider store = JdbcPersistence.embeddedH2(workingFolder.toAbsolutePath().normalize())) {
      store.run(work -> {
        sample.staff().forEach(s -> upsert(work.staff(), s.id(), s));
        sample.students().forEach(s -> upsert(work.students(), s.id(), s));
        thisYear.forEach(a -> upsert(work.assignments(), AssignmentKey.of(a), a));
      });
      long[] counts = store.inTransaction(work -> new long[] {
          work.students().count(StudentQuery.all()),
          work.staff().count(StaffQuery.all()),
          work.assignments().count(AssignmentQuery.builder().academicYear(allocation.year()).build())});
      out.printf("%nRecords saved to %s: %d students, %d staff, %d tutor assignments for %s (read back)%n",
          store.describe(), counts[0], counts[1], counts[2], allocation.year());
    }
  }

  /** Creates the value, or updates it naming the version read, so a re-run changes rows instead of adding them. */
  private static <K, T> void upsert(AggregateRepository<K, T, ?> repository, K id, T value) {
    Optional<Versioned<T>> existing = repository.find(id);
    repository.save(value, existing.map(Versioned::version).orElse(Version.none()));
  }
}
