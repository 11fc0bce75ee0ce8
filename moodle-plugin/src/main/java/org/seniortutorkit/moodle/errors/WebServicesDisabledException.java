package org.seniortutorkit.moodle.errors;

/**
 * Moodle answered HTTP 403 with an empty body: web services or the REST protocol are switched off site-wide.
 */
public final class WebServicesDisabledException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public WebServicesDisabledException(String function) {
    super(function, null, "Moodle answered HTTP 403: web services or the REST protocol are disabled. "
        + "Enable them in Site administration > General > Advanced features (Enable web services) and "
        + "Site administration > Server > Web services > Manage protocols (REST).", null);
  }
}
