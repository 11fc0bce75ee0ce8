package org.seniortutorkit.moodle.client;

/**
 * A plain-text instant message to {@code toUserId}, sent as the token user.
 *
 * @param clientMessageId Moodle's {@code clientmsgid}, PARAM_ALPHANUMEXT: letters, digits, {@code _} and
 *     {@code -} only (see {@link ClientId})
 */
public record OutgoingMessage(long toUserId, String text, String clientMessageId) {
  public OutgoingMessage {
    ClientId.requireAlphanumext("clientmsgid", clientMessageId);
  }
}
