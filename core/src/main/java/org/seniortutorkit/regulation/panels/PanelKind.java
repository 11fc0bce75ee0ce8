package org.seniortutorkit.regulation.panels;

/** The kind of panel being formed. */
public enum PanelKind {
  APPEALS,
  DISCIPLINARY
}
