package org.seniortutorkit.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;

/**
 * The JSON files of a records folder, read with {@link SeniorTutorJson}'s rules (unknown fields, keys given
 * twice and fractions for whole numbers refused). An array is read one element at a time as it streams, each
 * element's problems named by file, line and JSON path ({@code students.json line 5: $[3].yearOfStudy = 0 must
 * be ...}); the other elements are still read, so one run lists every bad element.
 */
final class JsonRecords {
  /** One element at a time: what follows an element is the rest of the array, not a trailing token. */
  private static final ObjectReader TREE =
      SeniorTutorJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonRecords() {}

  /** Receives one element that became a value, and where it is, e.g. {@code line 5} and {@code $[3]}. */
  @FunctionalInterface
  interface Element<T> {
    void accept(T value, Where where);
  }

  /** Where an element is: its file, line and JSON path. */
  record Where(String file, long lineNumber, String path) {
    String line() {
      return "line " + lineNumber;
    }

    /**
     * Reports a problem with {@code field} of this element (or the whole element when {@code field} is empty);
     * {@code value} is quoted back, so it must never be special-category data: pass ids, codes, dates.
     */
    void problem(Problems problems, String field, String value, String rule) {
      problems.add(file, line(), (field.isEmpty() ? path : path + "." + field)
          + (value.isEmpty() ? "" : " = " + value), rule);
    }
  }

  /** Reads the array in {@code in}, handing each element that is a valid {@code type} to {@code each}. */
  static <T> void array(String file, InputStream in, Class<T> type, Problems problems, Element<T> each) {
    read(file, in, problems, parser -> {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        problems.add(file, "line " + parser.currentLocation().getLineNr(), "$", "must be a JSON array");
        return null;
      }
      for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
        if (parser.currentToken() == null) {
          problems.add(file, "", "", "must be well-formed JSON: the array is not closed");
          return null;
        }
        long line = parser.currentTokenLocation().getLineNr();
        JsonNode element = TREE.readTree(parser);
        Where where = new Where(file, line, "$[" + index + "]");
        convert(element, type, where, problems).ifPresent(value -> each.accept(value, where));
      }
      trailing(file, parser, problems);
      return null;
    });
  }

  /** Reads the single document in {@code in} as {@code type}, if it is one. */
  static <T> Optional<T> document(String file, InputStream in, Class<T> type, Problems problems) {
    return Optional.ofNullable(read(file, in, problems, parser -> {
      if (parser.nextToken() == null) {
        problems.add(file, "", "", "is empty; it must hold a JSON document");
        return null;
      }
      JsonNode document = TREE.readTree(parser);
      trailing(file, parser, problems);
      return convert(document, type, new Where(file, 1, "$"), problems).orElse(null);
    }));
  }

  private static <T> Optional<T> convert(JsonNode node, Class<T> type, Where where, Problems problems) {
    try {
      return Optional.of(SeniorTutorJson.read(node, type));
    } catch (JsonDocumentException e) {
      e.problems().forEach(p -> problems.add(where.file(), where.line(),
          where.path() + p.path().substring(1) + " = " + p.value(), p.rule()));
      return Optional.empty();
    }
  }

  private static void trailing(String file, JsonParser parser, Problems problems) throws IOException {
    if (parser.nextToken() != null) {
      problems.add(file, "line " + parser.currentTokenLocation().getLineNr(), "",
          "must hold one JSON document; something follows it");
    }
  }

  private static <R> R read(String file, InputStream in, Problems problems, Body<R> body) {
    StrictUtf8Reader text = new StrictUtf8Reader(in);
    try (text; JsonParser parser = SeniorTutorJson.mapper().createParser(text)) {
      return body.apply(parser);
    } catch (JsonProcessingException e) {
      Optional<String> undecodable = text.failure();
      problems.add(file, undecodable.isPresent() || e.getLocation() == null ? ""
          : "line " + e.getLocation().getLineNr(), "",
          undecodable.orElseGet(() -> "must be well-formed JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(file, "", "", text.failure().orElseGet(() -> "cannot be read: " + e.getMessage()));
    }
    return null;
  }

  @FunctionalInterface
  private interface Body<R> {
    R apply(JsonParser parser) throws IOException;
  }
}
