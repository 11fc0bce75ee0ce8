package org.seniortutorkit.persistence.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.staff.StaffQuery;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.training.TrainingRecord;

/**
 * {@code staff}: roles, qualifications and leave as lists; research areas (free text) and the training record
 * (a nested document that only ever travels whole) as JSON.
 */
final class StaffRows implements TableMapping<StaffId, StaffMember, StaffQuery> {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  @Override
  public String aggregate() {
    return "StaffMember";
  }

  @Override
  public String table() {
    return "staff";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("id");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("full_name", "email", "department", "roles", "fte", "tutoring_since", "qualified_for",
        "research_areas", "on_leave", "training");
  }

  @Override
  public StaffId keyOf(StaffMember value) {
    return value.id();
  }

  @Override
  public void bindKey(Params params, StaffId key) throws SQLException {
    params.string(key.value());
  }

  @Override
  public void bindValues(Params params, StaffMember member) throws SQLException {
    params.string(member.fullName())
        .string(member.email())
        .string(member.department().value())
        .string(Lists.names(member.roles()))
        .real(member.fte())
        .date(member.tutoringSince())
        .string(Lists.names(member.qualifiedFor()))
        .string(SeniorTutorJson.write(List.copyOf(member.researchAreas())))
        .string(Lists.join(member.onLeave(), year -> String.valueOf(((AcademicYear) year).startYear())))
        .string(SeniorTutorJson.write(member.training()));
  }

  @Override
  public StaffMember read(Columns row) throws SQLException {
    return StaffMember.builder()
        .id(StaffId.of(row.string()))
        .fullName(row.string())
        .email(row.optionalString())
        .department(DepartmentId.of(row.string()))
        .roles(Lists.split(row.string(), StaffRole::valueOf))
        .fte(row.real())
        .tutoringSince(row.optionalDate())
        .qualifiedFor(Lists.split(row.string(), ComplexNeed::valueOf))
        .researchAreas(SeniorTutorJson.read(row.string(), STRINGS))
        .onLeave(Lists.split(row.string(), year -> AcademicYear.of(Integer.parseInt(year))))
        .training(SeniorTutorJson.read(row.string(), TrainingRecord.class))
        .build();
  }

  @Override
  public Where where(StaffQuery query) {
    Where where = new Where();
    query.department().ifPresent(department -> where.equal("department", department.value()));
    query.role().ifPresent(role -> where.listContains("roles", role.name()));
    return where;
  }
}
