package dev.harden.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.image.ImageJson;
import dev.harden.io.BoundedInputStream;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Credentials from the {@code auths} section of a docker {@code config.json}: an {@code auth}
 * field (base64 of {@code user:password}) or {@code username}/{@code password}. Credential helpers
 * ({@code credsStore}, {@code credHelpers}) are programs and are not run.
 */
public final class DockerConfigCredentials {

  private DockerConfigCredentials() {}

  /** The credential for {@code registry} (as in an image reference), if the file has one. */
  public static Optional<Credential> find(Path configJson, String registry) throws InputException {
    if (configJson == null || !Files.isRegularFile(configJson)) {
      return Optional.empty();
    }
    JsonNode doc;
    try (InputStream in = Files.newInputStream(configJson)) {
      doc = ImageJson.tree(BoundedInputStream.readAll(in, 1 << 20, configJson.toString()),
          configJson.toString());
    } catch (IOException e) {
      throw new InputException(configJson.toString(), "unreadable: " + e.getMessage());
    }
    JsonNode auths = doc.path("auths");
    for (String key : keysFor(registry)) {
      JsonNode entry = auths.get(key);
      if (entry == null || !entry.isObject()) {
        continue;
      }
      String auth = ImageJson.text(entry, "auth");
      if (auth != null && !auth.isEmpty()) {
        String decoded;
        try {
          decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new InputException(configJson.toString(),
              "auths entry for " + key + " has an auth field that is not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
          throw new InputException(configJson.toString(),
              "auths entry for " + key + " has an auth field that is not user:password");
        }
        return Optional.of(new Credential(decoded.substring(0, colon),
            decoded.substring(colon + 1)));
      }
      String user = ImageJson.text(entry, "username");
      String pass = ImageJson.text(entry, "password");
      if (user != null && pass != null) {
        return Optional.of(new Credential(user, pass));
      }
    }
    return Optional.empty();
  }

  /** The spellings docker itself writes for a registry's key in {@code auths}. */
  static List<String> keysFor(String registry) {
    if (registry.equals("docker.io")) {
      return List.of("https://index.docker.io/v1/", "index.docker.io", "docker.io",
          "https://docker.io", "registry-1.docker.io", "https://registry-1.docker.io");
    }
    return List.of(registry, "https://" + registry, "http://" + registry,
        "https://" + registry + "/v1/", "https://" + registry + "/v2/");
  }
}
