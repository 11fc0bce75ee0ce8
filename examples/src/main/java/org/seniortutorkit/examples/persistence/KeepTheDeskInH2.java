package org.seniortutorkit.examples.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditChain;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.jdbc.JdbcPersistence;

/**
 * Persistence example: the sample day at the Senior Tutor's desk with its cases and audit trail kept in an
 * embedded H2 database through core's storage ports (each case change committed with its audit entry in one
 * transaction); then the database is opened afresh, as the next morning's process would, the cases read back
 * and the audit chain verified.
 *
 * <pre>{@code java -cp examples/target/senior-tutor-kit.jar org.seniortutorkit.examples.persistence.KeepTheDeskInH2 [FOLDER]}</pre>
 */
public final class KeepTheDeskInH2 {
  private KeepTheDeskInH2() {}

  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
        : Files.createTempDirectory("senior-tutor-desk-");
    DayAtTheDesk.Result day;
    try (PersistenceProvider h2 = JdbcPersistence.embeddedH2(folder)) {
      day = DayAtTheDesk.run(h2);
      System.out.println("The day at the desk kept " + day.cases().size() + " cases and its audit trail in "
          + h2.describe());
    }
    try (PersistenceProvider h2 = JdbcPersistence.embeddedH2(folder)) {
      List<StudentCase> cases = h2.inTransaction(work -> {
        try (Stream<Versioned<StudentCase>> stored = work.cases().stream(CaseQuery.all())) {
          return stored.map(Versioned::value).toList();
        }
      });
      List<AuditEntry> trail = new AuditTrail(h2, Clock.systemUTC()).entries();
      System.out.println("Opened again: " + cases.size() + " cases, "
          + cases.stream().filter(StudentCase::isOpen).count() + " still open; " + trail.size()
          + " audit entries; " + AuditChain.verify(trail).summary());
      System.out.println("Read back exactly as the day left them: " + cases.containsAll(day.cases()));
    }
  }
}
