package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
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
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Versioned;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.testing.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.student.Student;

/**
 * Core's own casework over this store: cases opened and moved on through core's {@link CaseDesk}, stored
 * through the {@link org.seniortutorkit.casework.CaseRepository} port at the case's own version, read back
 * exactly, each change with its audit entry; a stale save refused with {@link ConcurrentModificationConflict}.
 */
public abstract class CoreCaseworkContract extends ContractSupport {
  static final LocalDate OPENED = LocalDate.of(2027, 3, 1);
  static final String EVIDENCE = "Hospital admission after a bereavement (é李)";
  static final Actor PERSONAL_TUTOR = Actor.of("T00042", CaseRole.PERSONAL_TUTOR);
  static final Actor SENIOR_TUTOR = Actor.of("T00001", CaseRole.SENIOR_TUTOR);
  static final Actor PANEL_MEMBER = Actor.of("P00007", CaseRole.PANEL_MEMBER);

  private AuditTrail trail() {
    return new AuditTrail(store(), Clock.systemUTC());
  }

  private CaseDesk desk() {
    return new CaseDesk(store(), trail(),
        new CaseNotifications(new CollectingNotificationPublisher(), (department, level) -> Set.of()),
        ServiceDirectory.standard());
  }

  private Optional<Versioned<StudentCase>> stored(CaseId id) {
    return tx((UnitOfWork work) -> work.cases().find(id));
  }

  private List<CaseId> storedIds() {
    return tx((UnitOfWork work) -> {
      try (Stream<Versioned<StudentCase>> cases = work.cases().stream(CaseQuery.all())) {
        return cases.map(c -> c.value().id()).toList();
      }
    });
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
  void a_case_moved_on_through_the_desk_reads_back_exactly_at_its_own_version() {
    CaseDesk desk = desk();
    CaseId id = openClaim(desk).id();
    desk.act(id, CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, OPENED.plusDays(2));
    StudentCase upheld = desk.act(id, CaseCommand.UPHOLD, PANEL_MEMBER, OPENED.plusDays(9));

    Versioned<StudentCase> reloaded = stored(id).orElseThrow();

    assertThat(reloaded.value()).isEqualTo(upheld);
    assertThat(reloaded.value().state()).isEqualTo(CaseState.UPHELD);
    assertThat(reloaded.value().version()).isEqualTo(Version.of(3));
    assertThat(reloaded.version()).isEqualTo(reloaded.value().version());
    assertThat(reloaded.value().evidenceSummary()).contains(EVIDENCE);
  }

  @Test
  void every_change_through_the_desk_leaves_one_audit_entry_and_the_chain_verifies() {
    CaseDesk desk = desk();
    CaseId id = openConcern(desk).id();
    desk.act(id, CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED.plusDays(1));

    assertThat(trail().entries()).extracting(e -> e.record().subject()).containsExactly(
        "case C-0001 CONCERN opened in RAISED", "case C-0001 RAISED -ESCALATE-> ESCALATED");
    assertThat(trail().verify().isIntact()).isTrue();
  }

  @Test
  void a_new_desk_over_the_same_store_carries_on_where_the_last_left_off() {
    CaseDesk first = desk();
    StudentCase concern = openConcern(first);
    openClaim(first);

    CaseDesk second = desk();
    StudentCase escalated = second.act(concern.id(), CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED.plusDays(1));
    StudentCase third = openConcern(second);

    assertThat(escalated.state()).isEqualTo(CaseState.ESCALATED);
    assertThat(third.id()).isEqualTo(CaseId.of("C-0003"));
    assertThat(storedIds()).containsExactly(CaseId.of("C-0001"), CaseId.of("C-0002"), CaseId.of("C-0003"));
  }

  @Test
  void a_case_is_indexed_by_kind_state_and_the_academic_year_it_was_opened_in() {
    CaseDesk desk = desk();
    CaseId id = openClaim(desk).id();
    desk.act(id, CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, OPENED.plusMonths(6));
    CaseQuery withPanelIn202627 = CaseQuery.builder().academicYear(AcademicYear.of(2026))
        .kind(CaseKind.MITIGATING_CIRCUMSTANCES).state(CaseState.WITH_PANEL).student(student().id())
        .department(student().department()).level(student().level()).build();

    assertThat(tx((UnitOfWork work) -> work.cases().count(withPanelIn202627))).isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().state(CaseState.SUBMITTED).build())))
        .isZero();
  }

  @Test
  void a_save_from_a_stale_copy_is_refused_and_writes_nothing() {
    CaseDesk desk = desk();
    StudentCase opened = openConcern(desk);
    StudentCase acknowledged = desk.act(opened.id(), CaseCommand.ACKNOWLEDGE, PERSONAL_TUTOR, OPENED);
    StudentCase staleEscalation = opened.applyOrThrow(CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED);

    assertThatThrownBy(() -> run(work -> work.cases().save(staleEscalation, opened.version())))
        .isInstanceOf(ConcurrentModificationConflict.class)
        .hasMessage("Case C-0001 was changed concurrently: expected v1 but the store has v2; nothing was written");
    assertThat(stored(opened.id())).map(Versioned::value).contains(acknowledged);
  }

  @Test
  void creating_a_case_that_exists_is_refused_and_writes_nothing() {
    StudentCase opened = openConcern(desk());
    StudentCase impostor = opened.withDisciplinary(true);

    assertThatThrownBy(() -> run(work -> work.cases().save(impostor, Version.none())))
        .isInstanceOf(ConcurrentModificationConflict.class)
        .hasMessage("Case C-0001 was changed concurrently: expected none but the store has v1; nothing was written");
    assertThat(stored(opened.id())).map(Versioned::value).contains(opened);
  }

  @Test
  void two_desks_racing_on_one_case_leave_one_winner_one_conflict_and_the_winners_case()
      throws InterruptedException {
    StudentCase opened = openConcern(desk());
    // Both read the case before either saves, so both save on top of v1.
    CyclicBarrier bothHaveRead = new CyclicBarrier(2);

    List<Object> results = race(
        () -> saveAfterBothRead(opened.id(), CaseCommand.ACKNOWLEDGE, PERSONAL_TUTOR, bothHaveRead),
        () -> saveAfterBothRead(opened.id(), CaseCommand.DISMISS, SENIOR_TUTOR, bothHaveRead));

    assertThat(results).filteredOn(ConcurrentModificationConflict.class::isInstance).hasSize(1);
    StudentCase winner = (StudentCase) results.stream().filter(StudentCase.class::isInstance).findFirst()
        .orElseThrow();
    Versioned<StudentCase> kept = stored(opened.id()).orElseThrow();
    assertThat(kept.value()).isEqualTo(winner);
    assertThat(kept.version()).isEqualTo(Version.of(2));
    assertThat(kept.value().history()).hasSize(1);
  }

  private StudentCase saveAfterBothRead(CaseId id, CaseCommand command, Actor actor, CyclicBarrier bothHaveRead)
      throws Exception {
    StudentCase seen = stored(id).orElseThrow().value();
    bothHaveRead.await(30, TimeUnit.SECONDS);
    StudentCase next = seen.applyOrThrow(command, actor, OPENED);
    run(work -> work.cases().save(next, seen.version()));
    return next;
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
}
