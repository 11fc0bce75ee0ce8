package org.seniortutorkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of every value type: ISO-8601 dates, absent optionals left out, unknown fields refused.
 *
 * <pre>{@code
 * String json = SeniorTutorJson.write(student);
 * Student back = SeniorTutorJson.read(json, Student.class);
 * // bad input: JsonDocumentException: $.yearOfStudy = 0 must be greater than or equal to 1
 * }</pre>
 *
 * <p>Reading refuses a key given twice in one object and a fraction where a whole number belongs, rather than
 * keeping the last key or truncating the number.
 *
 * <p>Writing a value writes its special-category fields too (the document is the record itself); what a
 * given reader may see is decided by the access rules before anything is written out.
 */
public final class SeniorTutorJson {
  private static final ObjectMapper MAPPER = newMapper();

  private SeniorTutorJson() {}

  /** A new, configured mapper: callers may add modules without affecting the shared one. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new GuavaModule())
        // Values declare their JSON fields explicitly; derived methods such as isActive() are not fields.
        .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // A key given twice is a conflict to resolve, not "the last one wins".
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // 2.9 tutees or credits is an error in the document, not 2.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /** The shared mapper. Do not reconfigure it; use {@link #newMapper()} for that. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Reads {@code json} as {@code type}, failing with {@link JsonDocumentException} on any bad input. */
  public static <T> T read(String json, Class<T> type) {
    return read(json, MAPPER.constructType(type));
  }

  public static <T> T read(String json, TypeReference<T> type) {
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  /**
   * Converts an already parsed document (e.g. one element of a large array read as it streams) to {@code type},
   * failing with {@link JsonDocumentException} on any bad input, its paths relative to {@code json}.
   */
  public static <T> T read(JsonNode json, Class<T> type) {
    return read(json, MAPPER.constructType(type));
  }

  /** As {@link #read(JsonNode, Class)}, for generic types. */
  public static <T> T read(JsonNode json, TypeReference<T> type) {
    return read(json, MAPPER.getTypeFactory().constructType(type));
  }

  private static <T> T read(JsonNode json, JavaType type) {
    try {
      return MAPPER.treeToValue(json, type);
    } catch (JsonProcessingException e) {
      throw JsonDocumentException.from(e);
    } catch (RuntimeException e) {
      throw JsonDocumentException.from(e);
    }
  }

  private static <T> T read(String json, JavaType type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw JsonDocumentException.from(e);
    } catch (RuntimeException e) {
      throw JsonDocumentException.from(e);
    }
  }
}
