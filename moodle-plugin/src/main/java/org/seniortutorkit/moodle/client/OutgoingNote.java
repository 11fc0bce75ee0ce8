package org.seniortutorkit.moodle.client;

/**
 * A plain-text note about {@code userId} for {@code core_notes_create_notes}. {@code clientNoteId} lets a caller
 * match Moodle's in-band result to its own record; like {@code clientmsgid} it is PARAM_ALPHANUMEXT (see
 * {@link ClientId}).
 */
public record OutgoingNote(long userId, long courseId, String publishState, String text, String clientNoteId) {
  public OutgoingNote {
    ClientId.requireAlphanumext("clientnoteid", clientNoteId);
  }
}
