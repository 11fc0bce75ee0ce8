package org.seniortutorkit.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;
import org.seniortutorkit.kernel.InvalidValueException;

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
    List<Student> students = records.students();
    Map<StudentId, Integer> position = new HashMap<>(students.size() * 2);
    for (int i = 0; i < students.size(); i++) {
      if (position.put(students.get(i).id(), i) != null) {
        throw InvalidValueException.of("StudentRecords", "students", students.get(i).id(),
            "must list each student once");
      }
    }
    List<List<ModuleResult>> results = group(records.results(), ModuleResult::student, position);
    List<List<AttendanceEvent>> attendance = group(records.attendance(), AttendanceEvent::student, position);
    List<List<Submission>> submissions = group(records.submissions(), Submission::student, position);
    List<List<TutorMeeting>> meetings = group(records.meetings(), TutorMeeting::student, position);
    List<List<MitigatingCircumstancesClaim>> claims =
        group(records.claims(), MitigatingCircumstancesClaim::student, position);
    List<List<WithdrawalWarning>> warnings = group(records.warnings(), WithdrawalWarning::student, position);
    List<StudentFile> files = new ArrayList<>(students.size());
    for (int i = 0; i < students.size(); i++) {
      List<AttendanceEvent> events = attendance.get(i);
      if (!isSorted(events)) {
        events = new ArrayList<>(events);
        events.sort(Comparator.comparing(AttendanceEvent::on));
      }
      List<TutorMeeting> studentMeetings = meetings.get(i);
      if (studentMeetings.size() > 1) {
        studentMeetings = new ArrayList<>(studentMeetings);
        studentMeetings.sort(Comparator.comparing(TutorMeeting::heldOn));
      }
      files.add(new StudentFile(students.get(i), results.get(i), events, submissions.get(i), studentMeetings,
          claims.get(i), warnings.get(i), records.calendar()));
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
    Map<StaffId, List<TutorAssignment>> assignments = groupBy(records.assignments(), TutorAssignment::tutor);
    Map<StaffId, List<TutorMeeting>> meetings = groupBy(records.meetings(), TutorMeeting::tutor);
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

  /**
   * Buckets {@code items} by student position in two passes (count, then fill) rather than a map of growing
   * lists: millions of attendance events are grouped with one hash look-up each and no resizing.
   */
  @SuppressWarnings("unchecked")
  private static <T> List<List<T>> group(List<T> items, Function<T, StudentId> key,
      Map<StudentId, Integer> position) {
    int students = position.size();
    int[] slot = new int[items.size()];
    int[] counts = new int[students];
    for (int i = 0; i < items.size(); i++) {
      Integer p = position.get(key.apply(items.get(i)));
      slot[i] = p == null ? -1 : p;
      if (p != null) {
        counts[p]++;
      }
    }
    Object[][] buckets = new Object[students][];
    for (int p = 0; p < students; p++) {
      buckets[p] = new Object[counts[p]];
      counts[p] = 0;
    }
    for (int i = 0; i < items.size(); i++) {
      if (slot[i] >= 0) {
        buckets[slot[i]][counts[slot[i]]++] = items.get(i);
      }
    }
    List<List<T>> grouped = new ArrayList<>(students);
    for (Object[] bucket : buckets) {
      grouped.add(bucket.length == 0 ? List.of()
          : (List<T>) java.util.Collections.unmodifiableList(Arrays.asList(bucket)));
    }
    return grouped;
  }

  private static <T, K> Map<K, List<T>> groupBy(List<T> items, Function<T, K> key) {
    Map<K, List<T>> grouped = new HashMap<>();
    for (T item : items) {
      grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return grouped;
  }

}
