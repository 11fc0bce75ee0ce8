package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.CaseStore;
import org.seniortutorkit.casework.testing.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StaleCaseException;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.casework.Version;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.persistence.casework.CaseQuery;
import org.seniortutorkit.persistence.casework.PersistentCaseStore;
import org.seniortutorkit.student.Student;

/**
 * Core's own casework over this store: cases opened and moved on through core's {@link CaseDesk}, kept through
 * {@link PersistentCaseStore}, read back exactly; a stale save refused with core's {@link StaleCaseException}.
 */
public abstract class CoreCaseworkContract extends ContractSupport {
  static final LocalDate OPENED = LocalDate.of(2027, 3, 1);
  static final String EVIDENCE = "Hospital admission after a bereavement (é李)";
  static final Actor PERSONAL_TUTOR = Actor.of("T00042", CaseRole.PERSONAL_TUTOR);
  static final Actor SENIOR_TUTOR = Actor.of("T00001", CaseRole.SENIOR_TUTOR);
  static final Actor PANEL_MEMBER = Actor.of("P00007", CaseRole.PANEL_MEMBER);

  private CaseStore cases() {
    return new PersistentCaseStore(store());
  }

  private CaseDesk desk(CaseStore cases) {
    return new CaseDesk(cases, new CaseNotifications(new CollectingNotificationPublisher(), (department, level) -> Set.of()),
        ServiceDirectory.standard());
  }

  private static Student student() {
    return TckData.student(2);
  }

  private StudentCase openClaim(CaseDesk desk) {
    return desk.open(CaseKind.MITIGATING_CIRCUMSTANCES, student(), SENIOR_TUTOR, OPENED,
        b -> b.addAffectedAssessments("CHEM101 exam", "CHEM102 coursework").evidenceSummary(EVIDENCE));
  }

  private StudentCase openConcern(CaseDesk desk) {
    return desk.open(CaseKind.CONCERN, student(), PERSONAL_TUTOR, OPENED,
        b -> b.concernSource(ConcernSource.TUTOR).personalTutor(TckData.tutorId(42)));
  }

  @Test
  void a_case_moved_on_through_the_desk_reads_back_exactly_with_its_history_and_evidence() {
    CaseDesk desk = desk(cases());
    CaseId id = openClaim(desk).id();
    desk.act(id, CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, OPENED.plusDays(2));
    StudentCase upheld = desk.act(id, CaseCommand.UPHOLD, PANEL_MEMBER, OPENED.plusDays(9));

    StudentCase reloaded = cases().find(id).orElseThrow();

    assertThat(reloaded).isEqualTo(upheld);
    assertThat(reloaded.state()).isEqualTo(CaseState.UPHELD);
    assertThat(reloaded.version()).isEqualTo(Version.of(3));
    assertThat(reloaded.evidenceSummary()).contains(EVIDENCE);
  }

  @Test
  void a_new_desk_over_the_same_store_carries_on_where_the_last_left_off() {
    CaseDesk first = desk(cases());
    StudentCase concern = openConcern(first);
    openClaim(first);

    CaseDesk second = desk(cases());
    StudentCase escalated = second.act(concern.id(), CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED.plusDays(1));
    StudentCase third = openConcern(second);

    assertThat(escalated.state()).isEqualTo(CaseState.ESCALATED);
    assertThat(third.id()).isEqualTo(CaseId.of("C-0003"));
    assertThat(cases().all()).extracting(StudentCase::id)
        .containsExactly(CaseId.of("C-0001"), CaseId.of("C-0002"), CaseId.of("C-0003"));
  }

  @Test
  void the_envelope_is_indexed_by_kind_state_and_the_academic_year_the_case_was_opened_in() {
    CaseDesk desk = desk(cases());
    CaseId id = openClaim(desk).id();
    desk.act(id, CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, OPENED.plusMonths(6));
    CaseQuery withPanelIn202627 = CaseQuery.builder().academicYear(AcademicYear.of(2026))
        .kind("MITIGATING_CIRCUMSTANCES").state("WITH_PANEL").student(student().id())
        .department(student().department()).level(student().level()).build();

    assertThat(tx((UnitOfWork work) -> work.cases().count(withPanelIn202627))).isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().state("SUBMITTED").build()))).isZero();
  }

  @Test
  void a_save_from_a_stale_copy_is_refused_and_writes_nothing() {
    CaseStore cases = cases();
    CaseDesk desk = desk(cases);
    StudentCase opened = openConcern(desk);
    StudentCase acknowledged = desk.act(opened.id(), CaseCommand.ACKNOWLEDGE, PERSONAL_TUTOR, OPENED);
    StudentCase staleEscalation = opened.applyOrThrow(CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED);

    assertThatThrownBy(() -> cases.save(staleEscalation, Optional.of(opened.version())))
        .isInstanceOf(StaleCaseException.class)
        .hasMessage("Case C-0001 was expected at v1 but is stored at v2");
    assertThat(cases().find(opened.id())).contains(acknowledged);
  }

  @Test
  void creating_a_case_that_exists_is_refused_and_writes_nothing() {
    CaseStore cases = cases();
    StudentCase opened = openConcern(desk(cases));
    StudentCase impostor = opened.withDisciplinary(true);

    assertThatThrownBy(() -> cases.save(impostor, Optional.empty()))
        .isInstanceOf(StaleCaseException.class)
        .hasMessage("Case C-0001 was expected at (new) but is stored at v1");
    assertThat(cases().find(opened.id())).contains(opened);
  }

  @Test
  void two_desks_racing_on_one_case_leave_one_winner_one_stale_refusal_and_the_winners_case()
      throws InterruptedException {
    StudentCase opened = openConcern(desk(cases()));
    // Both desks read the case before either saves, so both save on top of v1.
    CaseStore readTogether = new ReadTogether(cases(), new CyclicBarrier(2));
    CaseDesk tutorsDesk = desk(readTogether);
    CaseDesk seniorTutorsDesk = desk(readTogether);

    List<Object> results = race(
        () -> tutorsDesk.act(opened.id(), CaseCommand.ACKNOWLEDGE, PERSONAL_TUTOR, OPENED),
        () -> seniorTutorsDesk.act(opened.id(), CaseCommand.DISMISS, SENIOR_TUTOR, OPENED));

    assertThat(results).filteredOn(StaleCaseException.class::isInstance).hasSize(1);
    StudentCase winner = (StudentCase) results.stream().filter(StudentCase.class::isInstance).findFirst()
        .orElseThrow();
    StudentCase stored = cases().find(opened.id()).orElseThrow();
    assertThat(stored).isEqualTo(winner);
    assertThat(stored.version()).isEqualTo(Version.of(2));
    assertThat(stored.history()).hasSize(1);
  }

  /** Runs both at once; each result is the case it returned or the exception it threw. */
  private static List<Object> race(Callable<StudentCase> first, Callable<StudentCase> second)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<StudentCase>> futures = threads.invokeAll(List.of(first, second), 60, TimeUnit.SECONDS);
      List<Object> results = new ArrayList<>();
      for (Future<StudentCase> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException failed) {
          results.add(failed.getCause());
        }
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** A case store whose reads wait for each other, so that racing desks both act on the same version. */
  private static final class ReadTogether implements CaseStore {
    private final CaseStore cases;
    private final CyclicBarrier bothHaveRead;

    ReadTogether(CaseStore cases, CyclicBarrier bothHaveRead) {
      this.cases = cases;
      this.bothHaveRead = bothHaveRead;
    }

    @Override
    public Optional<StudentCase> find(CaseId id) {
      Optional<StudentCase> found = cases.find(id);
      try {
        bothHaveRead.await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("the other desk never read the case", e);
      }
      return found;
    }

    @Override
    public List<StudentCase> all() {
      return cases.all();
    }

    @Override
    public void save(StudentCase updated, Optional<Version> expected) {
      cases.save(updated, expected);
    }
  }
}
