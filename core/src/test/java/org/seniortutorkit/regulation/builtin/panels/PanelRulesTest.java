package org.seniortutorkit.regulation.builtin.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.PanelRule;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.panels.PanelKind;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;

class PanelRulesTest {
  private static final FacultyId SCIENCE = FacultyId.of("FSCI");
  private static final PolicyPack MEDICINE = PolicyPack.builder().id("med").version("1").layer(PolicyLayer.DEPARTMENT)
      .appliesTo("MED").effectiveFrom(LocalDate.of(2026, 8, 1))
      .putSettings("department.seniorTutorsSupportiveOnly", true).build();
  private static final PolicyLayers LAYERS = PolicyLayers.of(List.of(DefaultPolicyPack.load(), MEDICINE));
  private static final Policy INSTITUTION = LAYERS.resolveInstitution(AS_OF);
  private static final Function<DepartmentId, Policy> BY_DEPARTMENT = d -> LAYERS.resolve(d, Optional.empty(), AS_OF);

  private static PanelMember member(String id, String department, String faculty) {
    return PanelMember.builder().staff(StaffId.of(id)).department(DepartmentId.of(department))
        .faculty(FacultyId.of(faculty)).build();
  }

  private static PanelProposal panel(PanelKind kind, PanelMember... members) {
    return PanelProposal.builder().id("P1").kind(kind).student(StudentId.of("S1")).studentFaculty(SCIENCE)
        .addMembers(members).build();
  }

  private final PanelProposal valid = panel(PanelKind.DISCIPLINARY, member("A", "HIST", "FART"),
      member("B", "LAW", "FSOC"), member("C", "ECON", "FSOC"));

  @Test
  void a_panel_from_other_faculties_without_conflicts_and_quorate_passes_every_rule() {
    for (PanelRule rule : BuiltInRules.current().panelRules()) {
      assertThat(rule.check(valid, INSTITUTION, BY_DEPARTMENT)).as(rule.id().value()).isEmpty();
    }
  }

  @Test
  void a_member_from_the_students_faculty_is_flagged_and_does_not_count_to_quorum() {
    PanelProposal proposal = panel(PanelKind.APPEALS, member("A", "HIST", "FART"), member("B", "LAW", "FSOC"),
        member("C", "CHEM", "FSCI"));
    var finding = new MembersFromAnotherFaculty().check(proposal, INSTITUTION, BY_DEPARTMENT).orElseThrow();
    assertThat(finding.references()).containsExactly("C");
    assertThat(finding.action()).isEqualTo(RecommendedAction.RECONSTITUTE_PANEL);
    assertThat(new Quorum().check(proposal, INSTITUTION, BY_DEPARTMENT).orElseThrow().explanation())
        .isEqualTo("2 of 3 members may sit; a quorum is 3");
  }

  @Test
  void a_member_with_a_conflict_of_interest_is_flagged() {
    PanelProposal proposal = panel(PanelKind.APPEALS, member("A", "HIST", "FART").withConflictOfInterest(true),
        member("B", "LAW", "FSOC"), member("C", "ECON", "FSOC"));
    assertThat(new NoConflictOfInterest().check(proposal, INSTITUTION, BY_DEPARTMENT)).isPresent();
  }

  @Test
  void a_supportive_only_senior_tutor_never_sits_on_a_disciplinary_panel() {
    PanelProposal proposal = panel(PanelKind.DISCIPLINARY, member("A", "MED", "FMED").withSeniorTutor(true),
        member("B", "LAW", "FSOC"), member("C", "ECON", "FSOC"));
    var finding = new SupportiveOnlySeniorTutorsStayOff().check(proposal, INSTITUTION, BY_DEPARTMENT).orElseThrow();
    assertThat(finding.references()).containsExactly("A (MED)");
  }

  @Test
  void the_same_senior_tutor_may_sit_on_an_appeals_panel() {
    PanelProposal proposal = panel(PanelKind.APPEALS, member("A", "MED", "FMED").withSeniorTutor(true),
        member("B", "LAW", "FSOC"), member("C", "ECON", "FSOC"));
    assertThat(new SupportiveOnlySeniorTutorsStayOff().check(proposal, INSTITUTION, BY_DEPARTMENT)).isEmpty();
    assertThat(new Quorum().check(proposal, INSTITUTION, BY_DEPARTMENT)).isEmpty();
  }

  @Test
  void a_senior_tutor_from_an_ordinary_department_may_sit_on_a_disciplinary_panel() {
    PanelProposal proposal = panel(PanelKind.DISCIPLINARY, member("A", "HIST", "FART").withSeniorTutor(true),
        member("B", "LAW", "FSOC"), member("C", "ECON", "FSOC"));
    assertThat(new SupportiveOnlySeniorTutorsStayOff().check(proposal, INSTITUTION, BY_DEPARTMENT)).isEmpty();
  }

  @Test
  void a_panel_needs_an_id() {
    assertThatThrownBy(() -> valid.withId("")).hasMessageContaining("PanelProposal.id");
  }
}
