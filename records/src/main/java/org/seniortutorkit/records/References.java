package org.seniortutorkit.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * What the other files of a folder may refer to: the students of {@code students.json}, the staff of {@code
 * staff.json} and the modules that marks and submissions name. A row about anyone or anything else is an error
 * to fix, never a row to drop: the regulation check only sees records of listed students, so such a row would
 * otherwise vanish without a word.
 */
final class References {
  private final Map<StudentId, StudentId> students = new HashMap<>();
  private final Set<StaffId> staff = new HashSet<>();
  private final Set<String> modules = new HashSet<>();

  /** Adds a student, or says where the same id was listed before. */
  boolean addStudent(Student student) {
    return students.putIfAbsent(student.id(), student.id()) == null;
  }

  boolean addStaff(StaffMember member) {
    return staff.add(member.id());
  }

  void addModule(String module) {
    modules.add(module);
  }

  /**
   * The listed student with this id, one shared instance per student (so millions of attendance rows hold
   * references to a few thousand ids, not copies), or empty when {@code students.json} does not list them.
   */
  Optional<StudentId> student(StudentId id) {
    return Optional.ofNullable(students.get(id));
  }

  boolean knows(StaffId id) {
    return staff.contains(id);
  }

  boolean knowsModule(String module) {
    return modules.contains(module);
  }
}
