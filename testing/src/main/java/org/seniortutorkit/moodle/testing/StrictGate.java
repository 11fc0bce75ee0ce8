package org.seniortutorkit.moodle.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;

/**
 * Moodle's REST entry as strict as a real site: PHP keeps only the first {@code max_input_vars} form variables
 * and drops the rest without telling anyone; {@code external_api::validate_parameters} refuses unknown keys,
 * missing required keys and values {@code clean_param} would change; {@code clean_returnvalue} drops every field
 * the return description does not declare. Refusals come back as Moodle's error body, with {@code debuginfo}
 * only while site debugging is on.
 */
public final class StrictGate {
  /** PHP's default {@code max_input_vars}. */
  public static final int PHP_DEFAULT_MAX_INPUT_VARS = 1000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private volatile int maxInputVars = PHP_DEFAULT_MAX_INPUT_VARS;
  private volatile boolean debugging = true;
  private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

  /** What PHP and Moodle made of one request. */
  public sealed interface Admission permits Accepted, Refused {}

  /** The call passed validation; {@code form} is what PHP kept, flat, in order. */
  public record Accepted(String function, Map<String, String> form) implements Admission {}

  /** Moodle's error body. */
  public record Refused(String function, String body) implements Admission {}

  /** Sets the site's {@code max_input_vars}. */
  public StrictGate maxInputVars(int max) {
    this.maxInputVars = max;
    return this;
  }

  /** Site debugging: on, an invalid parameter says why in {@code debuginfo}; off, only "Invalid parameter ...". */
  public StrictGate debugging(boolean on) {
    this.debugging = on;
    return this;
  }

  /** Every refusal so far, as "function: reason", for tests that must see none. */
  public List<String> refusals() {
    synchronized (refusals) {
      return List.copyOf(refusals);
    }
  }

  /** Reads the POST as PHP would and validates it against the function's parameter description. */
  public Admission admit(RecordedRequest request) {
    List<Map.Entry<String, String>> variables = decode(request);
    if (variables.size() > maxInputVars) {
      variables = variables.subList(0, maxInputVars); // PHP: "Input variables exceeded", the rest is dropped
    }
    Map<String, String> form = new LinkedHashMap<>();
    variables.forEach(v -> form.put(v.getKey(), v.getValue()));
    String function = form.getOrDefault("wsfunction", "");
    Optional<MoodleContracts.Contract> contract = MoodleContracts.of(function);
    if (contract.isEmpty()) {
      refusals.add(function + ": not a function of this service");
      return new Refused(function, "{\"exception\":\"dml_missing_record_exception\",\"errorcode\":\"invalidrecord\","
          + "\"message\":\"Can't find data record in database table external_functions.\"}");
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    form.forEach((name, value) -> {
      if (!name.equals("wstoken") && !name.equals("wsfunction") && !name.equals("moodlewsrestformat")) {
        put(tree, path(name), value);
      }
    });
    String why = check(contract.get().parameters(), tree);
    if (why != null) {
      refusals.add(function + ": " + why);
      return new Refused(function, invalidParameter(why));
    }
    return new Accepted(function, form);
  }

  /** Moodle's {@code invalid_parameter_exception} body for {@code debuginfo}. */
  public String invalidParameter(String debuginfo) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("exception", "invalid_parameter_exception");
    body.put("errorcode", "invalidparameter");
    body.put("message", "Invalid parameter value detected");
    if (debugging) {
      body.put("debuginfo", debuginfo);
    }
    return body.toString();
  }

  /** {@code answer} with only the fields {@code function}'s return description declares. */
  public String answer(String function, String answer) {
    Optional<MoodleContracts.Contract> contract = MoodleContracts.of(function);
    if (contract.isEmpty() || answer.contains("\"exception\"")) {
      return answer;
    }
    if (contract.get().returnsNull()) {
      return "null";
    }
    if (contract.get().returns().isEmpty()) {
      return answer;
    }
    try {
      return keepDeclared(contract.get().returns().get(), MAPPER.readTree(answer)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode keepDeclared(Shape shape, JsonNode node) {
    if (node == null || node.isNull()) {
      return node;
    }
    if (shape instanceof Shape.Multiple multiple && node.isArray()) {
      ArrayNode kept = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> kept.add(keepDeclared(multiple.element(), element)));
      return kept;
    }
    if (shape instanceof Shape.Single single && node.isObject()) {
      ObjectNode kept = JsonNodeFactory.instance.objectNode();
      single.fields().forEach((name, field) -> {
        if (node.has(name)) {
          kept.set(name, keepDeclared(field, node.get(name)));
        }
      });
      return kept;
    }
    return node;
  }

  /** Why {@code node} breaks {@code shape}, in Moodle's words, or null. */
  private static String check(Shape shape, Object node) {
    if (shape instanceof Shape.Value value) {
      if (!(node instanceof String text)) {
        return "Scalar type expected, array or object received.";
      }
      return value.type().accepts(text) ? null : "Invalid external api parameter: the value is \"" + text
          + "\", the server was expecting \"" + value.type().moodleName() + "\" type";
    }
    if (!(node instanceof Map<?, ?> map)) {
      return "Only arrays accepted. The bad value is: '" + node + "'";
    }
    if (shape instanceof Shape.Multiple multiple) {
      for (Map.Entry<?, ?> element : map.entrySet()) {
        String why = check(multiple.element(), element.getValue());
        if (why != null) {
          return element.getKey() + " => Invalid parameter value detected: " + why;
        }
      }
      return null;
    }
    Shape.Single single = (Shape.Single) shape;
    List<String> unexpected = new ArrayList<>();
    map.keySet().forEach(key -> {
      if (!single.fields().containsKey(String.valueOf(key))) {
        unexpected.add(String.valueOf(key));
      }
    });
    for (Map.Entry<String, Shape> field : single.fields().entrySet()) {
      Object child = map.get(field.getKey());
      if (child == null) {
        if (field.getValue().presence() == Shape.Presence.REQUIRED) {
          return "Missing required key in single structure: " + field.getKey();
        }
        continue;
      }
      String why = check(field.getValue(), child);
      if (why != null) {
        return field.getKey() + " => Invalid parameter value detected: " + why;
      }
    }
    return unexpected.isEmpty() ? null
        : "Unexpected keys (" + String.join(", ", unexpected) + ") detected in parameter array.";
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, List<String> path, String value) {
    Map<String, Object> node = tree;
    for (int i = 0; i < path.size() - 1; i++) {
      Object next = node.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
      if (!(next instanceof Map)) {
        return; // a scalar already sits here; PHP keeps the first
      }
      node = (Map<String, Object>) next;
    }
    node.put(path.get(path.size() - 1), value);
  }

  /** {@code a[0][b]} as {@code [a, 0, b]}. */
  private static List<String> path(String name) {
    List<String> parts = new ArrayList<>();
    int bracket = name.indexOf('[');
    parts.add(bracket < 0 ? name : name.substring(0, bracket));
    while (bracket >= 0) {
      int close = name.indexOf(']', bracket);
      if (close < 0) {
        break;
      }
      parts.add(name.substring(bracket + 1, close));
      bracket = name.indexOf('[', close);
    }
    return parts;
  }

  private static List<Map.Entry<String, String>> decode(RecordedRequest request) {
    List<Map.Entry<String, String>> variables = new ArrayList<>();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      variables.add(Map.entry(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : ""));
    }
    return variables;
  }
}
