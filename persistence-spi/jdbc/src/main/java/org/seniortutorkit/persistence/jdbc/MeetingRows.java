package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.tutoring.MeetingQuery;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorMeeting;

/** {@code meetings}: the tutor's {@code private_note} (special category) is stored as written. */
final class MeetingRows implements TableMapping<MeetingId, TutorMeeting, MeetingQuery> {
  @Override
  public String aggregate() {
    return "TutorMeeting";
  }

  @Override
  public String table() {
    return "meetings";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("id");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("student_id", "tutor_id", "held_on", "kind", "requested_by", "private_note");
  }

  @Override
  public MeetingId keyOf(TutorMeeting value) {
    return value.id();
  }

  @Override
  public void bindKey(Params params, MeetingId key) throws SQLException {
    params.string(key.value());
  }

  @Override
  public void bindValues(Params params, TutorMeeting meeting) throws SQLException {
    params.string(meeting.student().value())
        .string(meeting.tutor().value())
        .date(meeting.heldOn())
        .string(meeting.kind().name())
        .string(meeting.requestedBy().name())
        .string(meeting.privateNote());
  }

  @Override
  public TutorMeeting read(Columns row) throws SQLException {
    return TutorMeeting.builder()
        .id(MeetingId.of(row.string()))
        .student(StudentId.of(row.string()))
        .tutor(StaffId.of(row.string()))
        .heldOn(row.date())
        .kind(MeetingKind.valueOf(row.string()))
        .requestedBy(MeetingRequester.valueOf(row.string()))
        .privateNote(row.optionalString())
        .build();
  }

  @Override
  public Where where(MeetingQuery query) {
    Where where = new Where();
    query.student().ifPresent(student -> where.equal("student_id", student.value()));
    query.tutor().ifPresent(tutor -> where.equal("tutor_id", tutor.value()));
    query.academicYear().ifPresent(year -> where.condition("held_on between ? and ?", year.startsOn(), year.endsOn()));
    return where;
  }
}
