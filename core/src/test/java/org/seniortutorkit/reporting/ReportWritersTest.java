package org.seniortutorkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.kernel.InvalidValueException;

class ReportWritersTest {
  private final ReportTable table = ReportTable.builder().name("sample").asOf(LocalDate.of(2026, 10, 5))
      .addColumns(ReportColumn.of("name", ColumnType.TEXT), ReportColumn.of("count", ColumnType.INTEGER),
          ReportColumn.of("share", ColumnType.DECIMAL), ReportColumn.of("flag", ColumnType.BOOLEAN))
      .addRows(List.of("plain", 3, 12.25, true), List.of("with, comma and \"quotes\"", 0, 0.0, false))
      .build();

  @Test
  void csv_has_a_header_and_quotes_fields_that_need_it() {
    assertThat(CsvReportWriter.toCsv(table)).isEqualTo(
        "name,count,share,flag\r\n"
            + "plain,3,12.3,true\r\n"
            + "\"with, comma and \"\"quotes\"\"\",0,0.0,false\r\n");
  }

  @Test
  void json_has_report_name_date_typed_columns_and_rows_by_column_name() throws IOException {
    JsonNode json = SeniorTutorJson.mapper().readTree(JsonReportWriter.toJson(table));

    assertThat(json.get("report").asText()).isEqualTo("sample");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-10-05");
    assertThat(json.get("columns").get(2).get("type").asText()).isEqualTo("DECIMAL");
    assertThat(json.get("rows").get(0).get("count").asInt()).isEqualTo(3);
    assertThat(json.get("rows").get(0).get("share").asDouble()).isEqualTo(12.25);
    assertThat(json.get("rows").get(1).get("flag").asBoolean()).isFalse();
  }

  @Test
  void a_row_with_the_wrong_number_of_cells_is_refused() {
    assertThatThrownBy(() -> table.withRows(List.of(List.of("only one"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ReportTable.rows[0].size = 1 must equal the number of columns (4)");
  }

  @Test
  void a_cell_of_the_wrong_type_is_refused() {
    assertThatThrownBy(() -> table.withRows(List.of(List.of("x", "three", 1.0, true))))
        .hasMessage("ReportTable.rows[0].count = \"three\" must be INTEGER");
  }

  @Test
  void a_column_name_that_is_not_snake_case_is_refused() {
    assertThatThrownBy(() -> ReportColumn.of("Open Cases", ColumnType.INTEGER))
        .hasMessageContaining("must be snake_case");
  }

  @Test
  void a_failing_writer_is_reported_with_the_report_name() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> CsvReportWriter.write(table, broken)).hasMessage("cannot write report sample as CSV");
  }
}
