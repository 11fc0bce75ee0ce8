package org.seniortutorkit.records;

/**
 * One thing wrong with a records folder: the file, where in it (a CSV line or a JSON path), the field and the
 * rule it breaks, e.g. {@code marks.csv line 12: mark = "105" must be a whole number from 0 to 100}. Values of
 * special-category fields are never part of it.
 *
 * @param file the file's name in the folder, e.g. {@code marks.csv}
 * @param where {@code line 12}, {@code line 3, $[1].student} or empty for the whole file
 * @param what the field and, where safe, its value, e.g. {@code mark = "105"}; empty for the whole row
 * @param rule what the field or row must be, e.g. {@code must be a whole number from 0 to 100}
 */
public record RecordsProblem(String file, String where, String what, String rule) {
  @Override
  public String toString() {
    return file + (where.isEmpty() ? "" : " " + where) + ":" + (what.isEmpty() ? "" : " " + what) + " " + rule;
  }
}
