package org.seniortutorkit.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.DepartmentId;
import org.seniortutorkit.institution.FacultyId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.staff.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.student.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * {@link StudentRecords} grouped by student and by tutor in one pass over each list, so a sweep reads every
 * record once however many rules there are. Records about students not in {@code students} are ignored.
 */
public final class RecordsIndex {
  private final List<StudentFile> students;
  private final List<TutorCaseload> tutors;
  private final Map<DepartmentId, FacultyId> faculties;

  private RecordsIndex(List<StudentFile> students, List<TutorCaseload> tutors,
      Map<DepartmentId, FacultyId> faculties) {
    this.students = students;
    this.tutors = tutors;
    this.faculties = faculties;
  }

  public static RecordsIndex of(StudentRecords records) {
    Map<StudentId, List<ModuleResult>> results = group(records.results(), ModuleResult::student);
    Map<StudentId, List<AttendanceEvent>> attendance = group(records.attendance(), AttendanceEvent::student);
    Map<StudentId, List<Submission>> submissions = group(records.submissions(), Submission::student);
    var meetings = group(records.meetings(), org.seniortutorkit.tutoring.TutorMeeting::student);
    Map<StudentId, List<MitigatingCircumstancesClaim>> claims =
        group(records.claims(), MitigatingCircumstancesClaim::student);
    Map<StudentId, List<WithdrawalWarning>> warnings = group(records.warnings(), WithdrawalWarning::student);
    List<StudentFile> files = new ArrayList<>(records.students().size());
    for (Student student : records.students()) {
      StudentId id = student.id();
      List<AttendanceEvent> events = attendance.getOrDefault(id, List.of());
      if (!isSorted(events)) {
        events = new ArrayList<>(events);
        events.sort(Comparator.comparing(AttendanceEvent::on));
      }
      var studentMeetings = new ArrayList<>(meetings.getOrDefault(id, List.of()));
      studentMeetings.sort(Comparator.comparing(org.seniortutorkit.tutoring.TutorMeeting::heldOn));
      files.add(new StudentFile(student, results.getOrDefault(id, List.of()), events,
          submissions.getOrDefault(id, List.of()), studentMeetings, claims.getOrDefault(id, List.of()),
          warnings.getOrDefault(id, List.of())));
    }
    Map<DepartmentId, FacultyId> faculties = new HashMap<>();
    for (Department department : records.departments()) {
      faculties.put(department.id(), department.faculty());
    }
    return new RecordsIndex(files, caseloads(records), faculties);
  }

  public List<StudentFile> students() {
    return students;
  }

  public List<TutorCaseload> tutors() {
    return tutors;
  }

  /** The faculty a department belongs to, if the records list the department. */
  public Optional<FacultyId> facultyOf(DepartmentId department) {
    return Optional.ofNullable(faculties.get(department));
  }

  private static List<TutorCaseload> caseloads(StudentRecords records) {
    Map<StudentId, Student> students = new HashMap<>();
    records.students().forEach(s -> students.put(s.id(), s));
    Map<StaffId, List<TutorAssignment>> assignments = group(records.assignments(), TutorAssignment::tutor);
    var meetings = group(records.meetings(), org.seniortutorkit.tutoring.TutorMeeting::tutor);
    List<TutorCaseload> caseloads = new ArrayList<>();
    for (StaffMember tutor : records.staff()) {
      List<TutorAssignment> own = assignments.getOrDefault(tutor.id(), List.of());
      if (own.isEmpty() && !tutor.holds(org.seniortutorkit.staff.StaffRole.PERSONAL_TUTOR)) {
        continue;
      }
      List<Student> tutees = own.stream().map(a -> students.get(a.student()))
          .filter(java.util.Objects::nonNull).distinct().toList();
      caseloads.add(new TutorCaseload(tutor, own, tutees, meetings.getOrDefault(tutor.id(), List.of()),
          records.briefings(), records.calendar()));
    }
    return caseloads;
  }

  private static boolean isSorted(List<AttendanceEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).on().isBefore(events.get(i - 1).on())) {
        return false;
      }
    }
    return true;
  }

  private static <T, K> Map<K, List<T>> group(List<T> items, Function<T, K> key) {
    Map<K, List<T>> grouped = new HashMap<>();
    for (T item : items) {
      grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return grouped;
  }
}
