package org.seniortutorkit.examples.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * The autumn term's tutor meetings up to the records' date. Most tutors meet their first-years as a group in
 * the first fortnight and again one to one in November, and each returning tutee once in October or November.
 * A few tutors are behind: their first-years' group meeting slipped to the fifth week and three of their
 * returning tutees have not been seen at all, which is what the meeting rules are there to notice.
 */
final class TermMeetings {
  static final int TUTORS_BEHIND = 3;
  static final int UNMET_PER_TUTOR_BEHIND = 3;
  private static final LocalDate LATE_GROUP_MEETING = LocalDate.of(2026, 10, 27);

  private TermMeetings() {}

  /** The tutors who are behind, drawn from those with returning tutees. */
  static List<StaffId> tutorsBehind(List<TutorAssignment> assignments, Map<StudentId, Student> students) {
    List<StaffId> candidates = byTutor(assignments).entrySet().stream()
        .filter(e -> e.getValue().stream().filter(s -> students.get(s).yearOfStudy() >= 2).count()
            > UNMET_PER_TUTOR_BEHIND)
        .map(Map.Entry::getKey).sorted((a, b) -> a.value().compareTo(b.value())).toList();
    Random random = new Random(2030);
    List<StaffId> pool = new ArrayList<>(candidates);
    List<StaffId> behind = new ArrayList<>();
    while (behind.size() < TUTORS_BEHIND) {
      behind.add(pool.remove(random.nextInt(pool.size())));
    }
    return behind;
  }

  static List<TutorMeeting> of(List<TutorAssignment> assignments, Map<StudentId, Student> students,
      Set<StaffId> behind) {
    Random random = new Random(2031);
    List<TutorMeeting> meetings = new ArrayList<>();
    byTutor(assignments).entrySet().stream().sorted((a, b) -> a.getKey().value().compareTo(b.getKey().value()))
        .forEach(e -> {
          StaffId tutor = e.getKey();
          boolean late = behind.contains(tutor);
          LocalDate group = late ? LATE_GROUP_MEETING : weekday(random, LocalDate.of(2026, 9, 29), 10);
          int unmet = late ? UNMET_PER_TUTOR_BEHIND : 0;
          for (StudentId id : e.getValue()) {
            Student tutee = students.get(id);
            if (!tutee.isActive()) {
              continue;   // interrupted: met when they return
            }
            if (tutee.isFirstYear()) {
              meetings.add(meeting(meetings, tutee, tutor, group, MeetingKind.GROUP, MeetingRequester.SCHEDULED));
              if (random.nextInt(10) < 9) {
                meetings.add(meeting(meetings, tutee, tutor, weekday(random, LocalDate.of(2026, 11, 2), 15),
                    MeetingKind.ONE_TO_ONE, MeetingRequester.TUTOR));
              }
            } else if (unmet > 0) {
              unmet--;
            } else {
              meetings.add(meeting(meetings, tutee, tutor, weekday(random, LocalDate.of(2026, 10, 5), 40),
                  random.nextInt(5) == 0 ? MeetingKind.ONLINE : MeetingKind.ONE_TO_ONE,
                  random.nextInt(4) == 0 ? MeetingRequester.STUDENT : MeetingRequester.TUTOR));
            }
          }
        });
    return meetings;
  }

  private static Map<StaffId, List<StudentId>> byTutor(List<TutorAssignment> assignments) {
    Map<StaffId, List<StudentId>> byTutor = new LinkedHashMap<>();
    assignments.forEach(a -> byTutor.computeIfAbsent(a.tutor(), t -> new ArrayList<>()).add(a.student()));
    return byTutor;
  }

  private static TutorMeeting meeting(List<TutorMeeting> sofar, Student tutee, StaffId tutor, LocalDate on,
      MeetingKind kind, MeetingRequester requester) {
    return TutorMeeting.builder().id(MeetingId.of(String.format("M%04d", sofar.size() + 1))).student(tutee.id())
        .tutor(tutor).heldOn(on).kind(kind).requestedBy(requester).build();
  }

  /** A working day within {@code days} days of {@code from}. */
  private static LocalDate weekday(Random random, LocalDate from, int days) {
    LocalDate day = from.plusDays(random.nextInt(days));
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
