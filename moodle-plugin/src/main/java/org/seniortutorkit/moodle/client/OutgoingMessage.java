package org.seniortutorkit.moodle.client;

/** A plain-text instant message to {@code toUserId}, sent as the token user. */
public record OutgoingMessage(long toUserId, String text, String clientMessageId) {}
