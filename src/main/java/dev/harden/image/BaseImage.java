package dev.harden.image;

import java.util.Map;
import java.util.Optional;

/**
 * The base image an image says it was built on: the OCI annotations
 * {@code org.opencontainers.image.base.name} and {@code org.opencontainers.image.base.digest}
 * (buildah and podman write them on the manifest; some builds set them as config labels).
 *
 * @param name the base's reference, or null (buildah writes an empty name for {@code FROM
 *     scratch})
 * @param digest the base's manifest digest, or null
 */
public record BaseImage(String name, String digest) {

  public static final String NAME = "org.opencontainers.image.base.name";
  public static final String DIGEST = "org.opencontainers.image.base.digest";

  /** The base recorded in these annotations, when either is set to something. */
  public static Optional<BaseImage> of(Map<String, String> annotations) {
    String name = blankToNull(annotations.get(NAME));
    String digest = blankToNull(annotations.get(DIGEST));
    return name == null && digest == null ? Optional.empty()
        : Optional.of(new BaseImage(name, digest));
  }

  /** True when the base is identified by digest, in either annotation. */
  public boolean pinned() {
    return digest != null || (name != null && name.contains("@sha256:"));
  }

  /** {@code name@digest}, {@code name} or {@code @digest}, as far as recorded. */
  public String describe() {
    return (name == null ? "" : name)
        + (digest == null || (name != null && name.contains("@")) ? "" : "@" + digest);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
