package org.seniortutorkit.persistence.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseAudit;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.testing.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.persistence.tck.TckData;

/**
 * The child process of {@link KilledWriterTest}: opens a concern in an embedded H2 database through
 * {@link CaseDesk}, saying {@code "between"} once the case is written and before its audit entry is appended.
 * With {@code pause} it then waits to be killed; with {@code finish} it carries on and says {@code "done"}.
 */
public final class CaseWriterProcess {
  private CaseWriterProcess() {}

  public static void main(String[] args) throws InterruptedException {
    Path folder = Path.of(args[0]);
    boolean pause = args[1].equals("pause");
    Actor tutor = Actor.of("T00042", CaseRole.PERSONAL_TUTOR);
    try (JdbcPersistence store = JdbcPersistence.embeddedH2(folder)) {
      AuditTrail trail = new AuditTrail(store, Clock.systemUTC());
      CaseDesk desk = new CaseDesk(store, trail,
          new CaseNotifications(new CollectingNotificationPublisher(), (department, level) -> Set.of()),
          ServiceDirectory.standard());
      CaseAudit announced = (before, after) -> {
        System.out.println("between");
        System.out.flush();
        if (pause) {
          sleepUntilKilled();
        }
        return CaseAudit.byActor(tutor).of(before, after);
      };
      desk.open(CaseKind.CONCERN, TckData.student(2), tutor, LocalDate.of(2027, 3, 1),
          b -> b.concernSource(ConcernSource.TUTOR).personalTutor(TckData.tutorId(42)), announced);
      System.out.println("done");
    }
  }

  private static void sleepUntilKilled() {
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("the test did not kill this process");
  }
}
