package org.seniortutorkit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.seniortutorkit.regulation.StudentRecords;

/** A records folder is read whole or refused: one corrupted row is never read silently. */
class CorruptedFolderProperties {
  private static final LocalDate TERM = LocalDate.of(2026, 10, 1);

  /** How one row of a valid folder is spoilt. */
  enum Corruption {
    UNKNOWN_STUDENT_IN_MARKS, UNKNOWN_STUDENT_IN_ATTENDANCE, REPEATED_ATTENDANCE_ROW, SECOND_RESULT_FOR_AN_ATTEMPT,
    MARK_OUT_OF_RANGE, FRACTIONAL_CREDITS, NOT_A_DATE, TOO_MANY_FIELDS, LATIN1_BYTE, DUPLICATE_JSON_KEY,
    STUDENT_LISTED_TWICE
  }

  /** A valid folder: students S1..Sn, one mark per student and module, attendance on distinct days. */
  record Folder(int studentCount, int modules, int days) {
    List<String> students() {
      List<String> rows = new ArrayList<>();
      for (int s = 1; s <= studentCount; s++) {
        rows.add(RecordsFolderTest.STUDENT.formatted("S" + s, ""));
      }
      return rows;
    }

    List<String> marks() {
      List<String> rows = new ArrayList<>();
      for (int s = 1; s <= studentCount; s++) {
        for (int m = 1; m <= modules; m++) {
          rows.add("S" + s + ",CHEM" + (100 + m) + ",2025/26,20," + ((s * 7 + m * 13) % 101));
        }
      }
      return rows;
    }

    List<String> attendance() {
      List<String> rows = new ArrayList<>();
      for (int s = 1; s <= studentCount; s++) {
        for (int d = 0; d < days; d++) {
          rows.add("S" + s + "," + TERM.plusDays(d) + "," + ((s + d) % 3 != 0));
        }
      }
      return rows;
    }
  }

  @Provide
  Arbitrary<Folder> folders() {
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 5)).as(Folder::new);
  }

  @Property(tries = 100)
  void a_valid_folder_is_read_whole(@ForAll("folders") Folder folder) throws IOException {
    Path dir = write(folder, folder.students(), folder.marks(), folder.attendance(), new byte[0]);
    try {
      StudentRecords records = read(dir);
      assertThat(records.students()).hasSize(folder.studentCount());
      assertThat(records.results()).hasSize(folder.marks().size());
      assertThat(records.attendance()).hasSize(folder.attendance().size());
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 250)
  void one_corrupted_row_is_always_refused(@ForAll("folders") Folder folder, @ForAll Corruption corruption,
      @ForAll("indexes") int pick) throws IOException {
    List<String> students = new ArrayList<>(folder.students());
    List<String> marks = new ArrayList<>(folder.marks());
    List<String> attendance = new ArrayList<>(folder.attendance());
    byte[] marksSuffix = new byte[0];
    int mark = pick % marks.size();
    int event = pick % attendance.size();
    switch (corruption) {
      case UNKNOWN_STUDENT_IN_MARKS -> marks.set(mark, marks.get(mark).replaceFirst("^S\\d+", "S999"));
      case UNKNOWN_STUDENT_IN_ATTENDANCE -> attendance.set(event, attendance.get(event).replaceFirst("^S\\d+", "X1"));
      case REPEATED_ATTENDANCE_ROW -> attendance.add(pick % (attendance.size() + 1), attendance.get(event));
      case SECOND_RESULT_FOR_AN_ATTEMPT -> marks.add(marks.get(mark).replaceFirst(",\\d+$", ",55"));
      case MARK_OUT_OF_RANGE -> marks.set(mark, marks.get(mark).replaceFirst(",\\d+$", ",101"));
      case FRACTIONAL_CREDITS -> marks.set(mark, marks.get(mark).replace(",20,", ",20.5,"));
      case NOT_A_DATE -> attendance.set(event, attendance.get(event).replaceFirst("-(\\d\\d),", "-$1x,"));
      case TOO_MANY_FIELDS -> attendance.set(event, attendance.get(event) + ",extra");
      case LATIN1_BYTE -> marksSuffix = new byte[] {'S', '1', ',', (byte) 0xE9, '\n'};
      case DUPLICATE_JSON_KEY -> students.set(pick % students.size(),
          students.get(pick % students.size()).replace("\"yearOfStudy\":1", "\"yearOfStudy\":1,\"yearOfStudy\":2"));
      case STUDENT_LISTED_TWICE -> students.add(students.get(pick % students.size()));
      default -> throw new IllegalStateException(corruption.name());
    }
    Path dir = write(folder, students, marks, attendance, marksSuffix);
    try {
      assertThatThrownBy(() -> read(dir)).isInstanceOf(RecordsFolderException.class);
    } finally {
      delete(dir);
    }
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static StudentRecords read(Path dir) {
    return RecordsFolder.at(dir).read(Optional.of(TERM), TERM);
  }

  private static Path write(Folder folder, List<String> students, List<String> marks, List<String> attendance,
      byte[] marksSuffix) throws IOException {
    Path dir = Files.createTempDirectory("records");
    Files.writeString(dir.resolve("students.json"), "[\n  " + String.join(",\n  ", students) + "\n]\n");
    byte[] csv = (RecordsFolderTest.MARKS + String.join("\n", marks) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[csv.length + marksSuffix.length];
    System.arraycopy(csv, 0, all, 0, csv.length);
    System.arraycopy(marksSuffix, 0, all, csv.length, marksSuffix.length);
    Files.write(dir.resolve("marks.csv"), all);
    Files.writeString(dir.resolve("attendance.csv"),
        RecordsFolderTest.ATTENDANCE + String.join("\n", attendance) + "\n");
    return dir;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
