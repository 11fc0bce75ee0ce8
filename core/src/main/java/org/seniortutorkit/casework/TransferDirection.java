package org.seniortutorkit.casework;

/** Whether a transfer brings a student into this department or takes them to another. */
public enum TransferDirection {
  INTO_DEPARTMENT,
  OUT_OF_DEPARTMENT
}
