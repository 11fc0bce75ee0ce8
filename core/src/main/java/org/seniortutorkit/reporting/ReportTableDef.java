package org.seniortutorkit.reporting;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A report as a table: its name, the date it describes, typed columns and rows of cells. Writers turn it into
 * CSV ({@link CsvReportWriter}) or JSON ({@link JsonReportWriter}); neither adds or loses anything.
 */
@Value.Immutable
abstract class ReportTableDef implements SelfValidating {
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be kebab-case")
  public abstract String name();

  public abstract LocalDate asOf();

  @NotEmpty
  public abstract List<ReportColumn> columns();

  public abstract List<List<Object>> rows();

  @Value.Check
  void everyRowFitsTheColumns() {
    for (int r = 0; r < rows().size(); r++) {
      List<Object> row = rows().get(r);
      if (row.size() != columns().size()) {
        throw InvalidValueException.of("ReportTable", "rows[" + r + "].size", row.size(),
            "must equal the number of columns (" + columns().size() + ")");
      }
      for (int c = 0; c < row.size(); c++) {
        if (!columns().get(c).type().accepts(row.get(c))) {
          throw InvalidValueException.of("ReportTable", "rows[" + r + "]." + columns().get(c).name(), row.get(c),
              "must be " + columns().get(c).type());
        }
      }
    }
  }
}
