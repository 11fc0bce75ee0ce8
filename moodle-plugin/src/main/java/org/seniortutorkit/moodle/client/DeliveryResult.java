package org.seniortutorkit.moodle.client;

import java.util.Optional;

/**
 * The in-band outcome of one note or message: Moodle reports per-item failure as id -1 with an error message
 * rather than failing the call.
 */
public record DeliveryResult(Optional<String> clientId, long moodleId, Optional<String> error) {
  static DeliveryResult note(Json json) {
    return new DeliveryResult(json.optionalText("clientnoteid"), json.requiredLong("noteid"),
        json.optionalText("errormessage"));
  }

  static DeliveryResult message(Json json) {
    return new DeliveryResult(json.optionalText("clientmsgid"), json.requiredLong("msgid"),
        json.optionalText("errormessage"));
  }

  public boolean delivered() {
    return moodleId > 0;
  }
}
