package org.seniortutorkit.moodle.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One pull as JSON files in a records folder: {@code moodle-students.json}, {@code moodle-staff.json},
 * {@code moodle-courses.json}, {@code moodle-grades.json}, {@code moodle-completion.json},
 * {@code moodle-attendance.json} and {@code moodle-pull.json} (site, time, problems). The {@code moodle-} prefix
 * keeps them apart from the domain files ({@code students.json}, {@code staff.json}, {@code attendance.json})
 * that the regulation check reads from the same folder. It holds special-category data (complex needs): keep it
 * where the student records are kept.
 */
public final class PullFolder {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // A key given twice is a conflict, not "the last one wins", as in every reader of the records folder.
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private PullFolder() {}

  public static void write(Path folder, PulledRecords records) {
    try {
      Files.createDirectories(folder);
      MAPPER.writeValue(folder.resolve("moodle-students.json").toFile(), records.students());
      MAPPER.writeValue(folder.resolve("moodle-staff.json").toFile(), records.staff());
      MAPPER.writeValue(folder.resolve("moodle-courses.json").toFile(), records.courses());
      MAPPER.writeValue(folder.resolve("moodle-grades.json").toFile(), records.grades());
      MAPPER.writeValue(folder.resolve("moodle-completion.json").toFile(), records.completions());
      MAPPER.writeValue(folder.resolve("moodle-attendance.json").toFile(), records.attendance());
      MAPPER.writeValue(folder.resolve("moodle-pull.json").toFile(), Map.of("site", records.site(),
          "pulledAt", records.pulledAt().toString(), "problems", records.problems()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the records folder " + folder, e);
    }
  }

  public static PulledRecords read(Path folder) {
    try {
      Map<String, Object> pull = MAPPER.readValue(folder.resolve("moodle-pull.json").toFile(), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      List<String> problems = (List<String>) pull.getOrDefault("problems", List.of());
      return new PulledRecords(String.valueOf(pull.get("site")),
          java.time.Instant.parse(String.valueOf(pull.get("pulledAt"))),
          MAPPER.readValue(folder.resolve("moodle-students.json").toFile(), new TypeReference<List<StudentRecord>>() {}),
          MAPPER.readValue(folder.resolve("moodle-staff.json").toFile(), new TypeReference<List<StaffRecord>>() {}),
          MAPPER.readValue(folder.resolve("moodle-courses.json").toFile(), new TypeReference<List<CourseRecord>>() {}),
          MAPPER.readValue(folder.resolve("moodle-grades.json").toFile(), new TypeReference<List<GradeRecord>>() {}),
          MAPPER.readValue(folder.resolve("moodle-completion.json").toFile(),
              new TypeReference<List<CompletionRecord>>() {}),
          MAPPER.readValue(folder.resolve("moodle-attendance.json").toFile(),
              new TypeReference<List<AttendanceRecord>>() {}),
          List.copyOf(problems));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the records folder " + folder + ": run moodle pull first", e);
    }
  }
}
