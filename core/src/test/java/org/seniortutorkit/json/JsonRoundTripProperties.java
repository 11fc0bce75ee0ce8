package org.seniortutorkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Institution;
import org.seniortutorkit.institution.Programme;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.testing.DomainArbitraries;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/** Every value type survives a trip through JSON unchanged. */
class JsonRoundTripProperties {
  private static <T> void assertRoundTrips(T value, Class<T> type) {
    assertThat(SeniorTutorJson.read(SeniorTutorJson.write(value), type)).isEqualTo(value);
  }

  @Property
  void students_round_trip(@ForAll("students") Student student) {
    assertRoundTrips(student, Student.class);
  }

  @Property
  void staff_round_trip(@ForAll("staff") StaffMember staff) {
    assertRoundTrips(staff, StaffMember.class);
  }

  @Property
  void training_records_round_trip(@ForAll("training") TrainingRecord training) {
    assertRoundTrips(training, TrainingRecord.class);
  }

  @Property(tries = 200)
  void institutions_with_faculties_departments_and_programmes_round_trip(
      @ForAll("institutions") Institution institution) {
    assertRoundTrips(institution, Institution.class);
  }

  @Property
  void programmes_round_trip(@ForAll("programmes") Programme programme) {
    assertRoundTrips(programme, Programme.class);
  }

  @Property
  void calendars_round_trip(@ForAll("calendars") AcademicCalendar calendar) {
    assertRoundTrips(calendar, AcademicCalendar.class);
  }

  @Property
  void assignments_round_trip(@ForAll("assignments") TutorAssignment assignment) {
    assertRoundTrips(assignment, TutorAssignment.class);
  }

  @Property
  void meetings_round_trip_including_the_private_note(@ForAll("meetings") TutorMeeting meeting) {
    assertRoundTrips(meeting, TutorMeeting.class);
  }

  @Property
  void identifiers_and_years_are_plain_strings(@ForAll("studentIds") StudentId id, @ForAll("years") AcademicYear year) {
    assertThat(SeniorTutorJson.write(id)).isEqualTo("\"" + id.value() + "\"");
    assertRoundTrips(id, StudentId.class);
    assertRoundTrips(year, AcademicYear.class);
  }

  @Provide Arbitrary<Student> students() { return DomainArbitraries.students(); }
  @Provide Arbitrary<StaffMember> staff() { return DomainArbitraries.staffMembers(); }
  @Provide Arbitrary<TrainingRecord> training() { return DomainArbitraries.trainingRecords(); }
  @Provide Arbitrary<Institution> institutions() { return DomainArbitraries.institutions(); }
  @Provide Arbitrary<Programme> programmes() { return DomainArbitraries.programmes(); }
  @Provide Arbitrary<AcademicCalendar> calendars() { return DomainArbitraries.calendars(); }
  @Provide Arbitrary<TutorAssignment> assignments() { return DomainArbitraries.assignments(); }
  @Provide Arbitrary<TutorMeeting> meetings() { return DomainArbitraries.meetings(); }
  @Provide Arbitrary<StudentId> studentIds() { return DomainArbitraries.studentIds(); }
  @Provide Arbitrary<AcademicYear> years() { return DomainArbitraries.academicYears(); }
}
