package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.kernel.InvalidValueException;

class CaseDeskTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
  private static final Actor TUTOR = Actor.of("T0042", CaseRole.PERSONAL_TUTOR);
  private static final Actor SENIOR_TUTOR = Actor.of("T0001", CaseRole.SENIOR_TUTOR);

  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final AuditTrail trail = new AuditTrail(store, Clock.systemUTC());
  private final CollectingNotificationPublisher published = new CollectingNotificationPublisher();
  private final CaseDesk desk = new CaseDesk(store, trail,
      new CaseNotifications(published, (d, l) -> Set.of(StaffId.of("T0001"))), ServiceDirectory.standard());

  private List<StudentCase> stored() {
    return store.inTransaction(work -> {
      try (Stream<Versioned<StudentCase>> cases = work.cases().stream(CaseQuery.all())) {
        return cases.map(Versioned::value).toList();
      }
    });
  }

  private StudentCase concernByTutor() {
    return desk.open(CaseKind.CONCERN, Samples.student(), TUTOR, DAY,
        b -> b.concernSource(ConcernSource.TUTOR).personalTutor(StaffId.of("T0042")));
  }

  @Test
  void opened_cases_get_sequential_ids_and_are_stored() {
    StudentCase first = concernByTutor();
    StudentCase second = concernByTutor();

    assertThat(first.id()).isEqualTo(CaseId.of("C-0001"));
    assertThat(second.id()).isEqualTo(CaseId.of("C-0002"));
    assertThat(stored()).containsExactly(first, second);
  }

  @Test
  void each_change_is_stored_at_the_cases_own_version_with_its_audit_entry() {
    StudentCase concern = concernByTutor();
    StudentCase escalated = desk.act(concern.id(), CaseCommand.ESCALATE, TUTOR, DAY);

    Optional<Versioned<StudentCase>> kept = store.inTransaction(work -> work.cases().find(concern.id()));

    assertThat(kept).contains(Versioned.of(escalated, Version.of(2)));
    assertThat(trail.entries()).extracting(e -> e.record().subject()).containsExactly(
        "case C-0001 CONCERN opened in RAISED", "case C-0001 RAISED -ESCALATE-> ESCALATED");
    assertThat(trail.entries()).extracting(e -> e.record().rule()).containsOnly("case role PERSONAL_TUTOR");
    assertThat(trail.verify().isIntact()).isTrue();
  }

  @Test
  void a_change_whose_audit_entry_cannot_be_written_is_not_stored_either() {
    StudentCase concern = concernByTutor();
    CaseAudit failing = (before, after) -> {
      throw new IllegalStateException("the audit record could not be made");
    };

    assertThatThrownBy(() -> desk.act(concern.id(), CaseCommand.ESCALATE, TUTOR, DAY, failing))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored()).containsExactly(concern);
    assertThat(trail.entries()).hasSize(1);
    assertThat(published.published()).isEmpty();
  }

  @Test
  void escalating_a_concern_notifies_the_senior_tutor_but_not_the_tutor_who_escalated() {
    StudentCase concern = concernByTutor();

    desk.act(concern.id(), CaseCommand.ESCALATE, TUTOR, DAY);

    assertThat(published.published()).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(StaffId.of("T0001"));
      assertThat(n.text()).isEqualTo(
          "The concern case about student S1234567 moved from RAISED to ESCALATED (case C-0001).");
    });
  }

  @Test
  void a_change_by_someone_else_notifies_the_personal_tutor() {
    StudentCase concern = concernByTutor();

    desk.act(concern.id(), CaseCommand.ACKNOWLEDGE, SENIOR_TUTOR, DAY);

    assertThat(published.published()).extracting(Notification::recipient).containsExactly(StaffId.of("T0042"));
    assertThat(published.published().get(0).text()).startsWith("The concern case about your tutee S1234567");
  }

  @Test
  void a_refused_command_stores_nothing_and_notifies_no_one() {
    StudentCase concern = concernByTutor();

    assertThatThrownBy(() -> desk.act(concern.id(), CaseCommand.DISMISS, TUTOR, DAY))
        .isInstanceOf(CaseCommandRejectedException.class)
        .hasMessageContaining("DISMISS needs one of the roles [SENIOR_TUTOR], not PERSONAL_TUTOR");
    assertThat(desk.find(concern.id())).contains(concern);
    assertThat(trail.entries()).hasSize(1);
    assertThat(published.published()).isEmpty();
  }

  @Test
  void a_referral_to_an_unknown_service_is_refused() {
    assertThatThrownBy(() -> desk.open(CaseKind.REFERRAL, Samples.student(), SENIOR_TUTOR, DAY,
        b -> b.service(ServiceId.of("astrology"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ServiceDirectory.service = astrology is not a known service");
  }

  @Test
  void an_unknown_case_is_refused() {
    assertThatThrownBy(() -> desk.act(CaseId.of("C-9999"), CaseCommand.CLOSE, SENIOR_TUTOR, DAY))
        .hasMessage("CaseDesk.caseId = C-9999 is not a known case");
  }

  @Test
  void the_store_refuses_a_write_from_a_stale_copy() {
    StudentCase concern = concernByTutor();
    StudentCase acknowledged = concern.applyOrThrow(CaseCommand.ACKNOWLEDGE, TUTOR, DAY);
    store.run(work -> work.cases().save(acknowledged, concern.version()));
    StudentCase escalatedFromStale = concern.applyOrThrow(CaseCommand.ESCALATE, TUTOR, DAY);

    assertThatThrownBy(() -> store.run(work -> work.cases().save(escalatedFromStale, concern.version())))
        .isInstanceOf(ConcurrentModificationConflict.class)
        .hasMessage("Case C-0001 was changed concurrently: expected v1 but the store has v2; nothing was written");
    assertThat(desk.find(concern.id())).contains(acknowledged);
  }

  @Test
  void the_standard_directory_lists_the_usual_services_and_can_be_extended() {
    ServiceDirectory directory = ServiceDirectory.standard()
        .with(SupportService.of(ServiceId.of("careers"), "Careers Service"));

    assertThat(directory.all()).extracting(SupportService::name).contains(
        "Departmental Disabilities Officer", "Disability Advisory Service", "Registry", "Student Wellbeing Adviser",
        "Counselling Service", "Careers Service");
  }
}
