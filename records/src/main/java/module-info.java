/**
 * Senior Tutor Kit's records folder: reads a department's CSV and JSON records into core's value types.
 *
 * <p>Exports its one API package. It is opened to Jackson only, which binds the folder's context file through a
 * package-private creator.
 */
module org.seniortutorkit.records {
  requires transitive org.seniortutorkit.core;
  requires com.fasterxml.jackson.dataformat.csv;
  exports org.seniortutorkit.records;
  opens org.seniortutorkit.records to com.fasterxml.jackson.databind;
}
