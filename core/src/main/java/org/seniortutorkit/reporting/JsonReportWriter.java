package org.seniortutorkit.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.seniortutorkit.json.SeniorTutorJson;

/**
 * Writes a report as JSON: {@code {"report", "asOf", "columns": [{"name", "type"}], "rows": [{column: value}]}}.
 * The schema is documented in {@code docs/reports.md}.
 */
public final class JsonReportWriter {
  private JsonReportWriter() {}

  public static void write(ReportTable table, Writer out) {
    ObjectMapper mapper = SeniorTutorJson.mapper();
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(out, tree(table, mapper));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + table.name() + " as JSON", e);
    }
  }

  public static String toJson(ReportTable table) {
    java.io.StringWriter out = new java.io.StringWriter();
    write(table, out);
    return out.toString();
  }

  static ObjectNode tree(ReportTable table, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("report", table.name());
    root.put("asOf", table.asOf().toString());
    ArrayNode columns = root.putArray("columns");
    table.columns().forEach(c -> columns.addObject().put("name", c.name()).put("type", c.type().name()));
    ArrayNode rows = root.putArray("rows");
    for (List<Object> row : table.rows()) {
      ObjectNode node = rows.addObject();
      for (int i = 0; i < row.size(); i++) {
        node.set(table.columns().get(i).name(), mapper.valueToTree(row.get(i)));
      }
    }
    return root;
  }
}
