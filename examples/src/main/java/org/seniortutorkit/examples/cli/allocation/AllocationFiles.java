package org.seniortutorkit.examples.cli.allocation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import org.seniortutorkit.examples.cli.output.OwnerOnlyFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.allocation.AllocationPolicy;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.json.SeniorTutorJson;

/**
 * Reads the allocation's input files, CSV or JSON by extension (formats in {@code docs/allocation.md}), and
 * writes JSON. CSV cells holding several values separate them with ';'.
 */
final class AllocationFiles {
  static final ObjectMapper JSON = SeniorTutorJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final CsvMapper CSV = new CsvMapper();

  private AllocationFiles() {}

  /** Rows of a CSV file (by header) or objects of a JSON array, each converted by {@code fromCsv} or Jackson. */
  static <T> List<T> read(Path file, Class<T> type, Function<Map<String, String>, T> fromCsv) {
    try {
      if (isCsv(file)) {
        List<T> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
          int line = 1;
          while (it.hasNext()) {
            line++;
            Map<String, String> row = it.next();
            try {
              rows.add(fromCsv.apply(row));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
            }
          }
        }
        return rows;
      }
      JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
      return JSON.readValue(file.toFile(), listType);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + rootMessage(e), e);
    }
  }

  static AllocationPolicy readPolicy(Path file) {
    try {
      return JSON.readValue(file.toFile(), AllocationPolicy.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read policy " + file + ": " + rootMessage(e), e);
    }
  }

  static void writeJson(Path file, Object value) throws IOException {
    try (var stream = OwnerOnlyFile.newOutputStream(file)) {
      JSON.writeValue(stream, value);
    }
  }

  static String cell(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("column " + column + " is missing or empty");
    }
    return value.trim();
  }

  static String optionalCell(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value.trim();
  }

  static List<String> listCell(Map<String, String> row, String column) {
    String value = optionalCell(row, column);
    if (value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
