package dev.harden.image.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A registry user name and password (or token). {@link #toString} never shows the secret. */
public record Credential(String username, String password) {

  /** The value of a Basic {@code Authorization} header. */
  String basicHeader() {
    return "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credential[" + username + ", ****]";
  }
}
