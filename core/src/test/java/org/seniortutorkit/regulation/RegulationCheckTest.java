package org.seniortutorkit.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.attendance;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.panels.PanelKind;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;
import org.seniortutorkit.regulation.progression.ProgressionOutcome;
import org.seniortutorkit.kernel.StaffId;

class RegulationCheckTest {
  private static final PolicyPack FACULTY = PolicyPack.builder().id("fsci").version("1").layer(PolicyLayer.FACULTY)
      .appliesTo("FSCI").effectiveFrom(LocalDate.of(2026, 8, 1))
      .putSettings("monitoring.attendance.thresholdPercent", 60).build();

  private static Department chemistry() {
    return Department.builder().id(DepartmentId.of("CHEM")).name("Chemistry").faculty(FacultyId.of("FSCI"))
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("T0001"), StudyLevel.UNDERGRADUATE,
            AcademicYear.of(2026)))
        .build();
  }

  private static StudentRecords records() {
    return StudentRecords.builder().asOf(AS_OF).addDepartments(chemistry())
        .addStudents(RegulationSamples.student())
        .addAllAttendance(attendance(AS_OF, 20, 13))
        .addAllResults(RegulationSamples.year(20, 20, 20, 20, 60, 60))
        .build();
  }

  @Test
  void every_rule_runs_and_each_finding_cites_its_regulation() {
    CheckReport report = BuiltInRules.regulationCheck()
        .run(records(), PolicyLayers.of(List.of(DefaultPolicyPack.load())));
    assertThat(report.findings()).extracting(f -> f.ruleId().value())
        .containsExactlyInAnyOrder("MON-ATTENDANCE", "MON-NO-TUTOR-MEETING", "PROG-OUTCOME");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.citation()).contains("§"));
    assertThat(report.progression()).singleElement()
        .satisfies(d -> assertThat(d.outcome()).isEqualTo(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES));
  }

  @Test
  void the_students_faculty_pack_applies_and_the_report_says_where_each_setting_came_from() {
    CheckReport report = BuiltInRules.regulationCheck()
        .run(records(), PolicyLayers.of(List.of(DefaultPolicyPack.load(), FACULTY)));
    assertThat(report.findings()).extracting(f -> f.ruleId().value()).doesNotContain("MON-ATTENDANCE");
    assertThat(report.policies().get("CHEM"))
        .anySatisfy(s -> assertThat(s.toString())
            .isEqualTo("monitoring.attendance.thresholdPercent = 60 from fsci@1 (FACULTY)"));
  }

  @Test
  void the_report_round_trips_through_json() {
    CheckReport report = BuiltInRules.regulationCheck()
        .run(records(), PolicyLayers.of(List.of(DefaultPolicyPack.load())));
    CheckReport back = SeniorTutorJson.read(SeniorTutorJson.write(report), CheckReport.class);
    assertThat(back.findings()).isEqualTo(report.findings());
    assertThat(back.progression()).isEqualTo(report.progression());
  }

  @Test
  void records_read_from_json_with_a_bad_mark_fail_with_its_path() {
    String json = "{\"asOf\":\"2026-11-27\",\"results\":[{\"student\":\"S1\",\"module\":\"M\","
        + "\"academicYear\":\"2026/27\",\"credits\":20,\"mark\":140}]}";
    assertThatThrownBy(() -> SeniorTutorJson.read(json, StudentRecords.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessage("$.results[0].mark = 140 must be between 0 and 100");
  }

  @Test
  void a_student_listed_twice_is_refused() {
    StudentRecords twice = records().withStudents(RegulationSamples.student(), RegulationSamples.student());
    assertThatThrownBy(() -> BuiltInRules.regulationCheck().run(twice, RegulationSamples.layers()))
        .hasMessage("StudentRecords.students = S1234567 must list each student once");
  }

  @Test
  void a_department_recorded_as_supportive_only_keeps_its_senior_tutor_off_a_disciplinary_panel_without_a_pack() {
    Department medicine = Department.builder().id(DepartmentId.of("MED")).name("Medicine")
        .faculty(FacultyId.of("FMED")).seniorTutorsSupportiveOnly(true)
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("T0009"), StudyLevel.UNDERGRADUATE,
            AcademicYear.of(2026)))
        .build();
    PanelProposal panel = PanelProposal.builder().id("DISC-1").kind(PanelKind.DISCIPLINARY)
        .student(RegulationSamples.student().id()).studentFaculty(FacultyId.of("FSCI"))
        .addMembers(PanelMember.builder().staff(StaffId.of("T0009")).department(DepartmentId.of("MED"))
            .faculty(FacultyId.of("FMED")).seniorTutor(true).build())
        .build();
    StudentRecords records = records().withDepartments(chemistry(), medicine).withPanels(panel);

    CheckReport report = BuiltInRules.regulationCheck()
        .run(records, PolicyLayers.of(List.of(DefaultPolicyPack.load())));

    assertThat(report.findings()).extracting(f -> f.ruleId().value()).contains("PANEL-SUPPORTIVE-ONLY");
    assertThat(report.policies().get("MED")).anySatisfy(s -> assertThat(s.toString())
        .isEqualTo("department.seniorTutorsSupportiveOnly = true from department-record@MED (DEPARTMENT)"));
  }
}
