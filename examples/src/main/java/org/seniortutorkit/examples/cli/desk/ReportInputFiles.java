package org.seniortutorkit.examples.cli.desk;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.reporting.AttendanceRecord;
import org.seniortutorkit.reporting.ProgressionCount;

/** Reads report inputs from JSON files (arrays of the input values); bad documents fail with path, value and rule. */
public final class ReportInputFiles {
  private ReportInputFiles() {}

  public static List<ProgressionCount> progression(Path file) {
    return SeniorTutorJson.read(read(file), new TypeReference<List<ProgressionCount>>() {});
  }

  public static List<AttendanceRecord> attendance(Path file) {
    return SeniorTutorJson.read(read(file), new TypeReference<List<AttendanceRecord>>() {});
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
