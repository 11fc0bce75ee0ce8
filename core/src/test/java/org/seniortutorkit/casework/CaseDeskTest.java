package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.kernel.InvalidValueException;

class CaseDeskTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
  private static final Actor TUTOR = Actor.of("T0042", CaseRole.PERSONAL_TUTOR);
  private static final Actor SENIOR_TUTOR = Actor.of("T0001", CaseRole.SENIOR_TUTOR);

  private final InMemoryCaseStore store = new InMemoryCaseStore();
  private final CollectingNotificationPublisher published = new CollectingNotificationPublisher();
  private final CaseDesk desk = new CaseDesk(store,
      new CaseNotifications(published, (d, l) -> Set.of(StaffId.of("T0001"))), ServiceDirectory.standard());

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
    assertThat(store.all()).containsExactly(first, second);
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
    assertThat(store.find(concern.id())).contains(concern);
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
    store.save(acknowledged, Optional.of(concern.version()));
    StudentCase escalatedFromStale = concern.applyOrThrow(CaseCommand.ESCALATE, TUTOR, DAY);

    assertThatThrownBy(() -> store.save(escalatedFromStale, Optional.of(concern.version())))
        .isInstanceOf(StaleCaseException.class)
        .hasMessage("Case C-0001 was expected at v1 but is stored at v2");
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
