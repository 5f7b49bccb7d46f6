package dev.harden.image;

import dev.harden.io.Digest;
import java.util.regex.Pattern;

/**
 * An image reference parsed the way docker parses it: {@code ubuntu} is
 * {@code docker.io/library/ubuntu:latest}; the first path element is a registry only when it has a
 * {@code .} or {@code :} or is {@code localhost}; a tag and a digest may both be given.
 *
 * @param registry {@code docker.io}, {@code ghcr.io}, {@code 127.0.0.1:5000}
 * @param repository {@code library/ubuntu}
 * @param tag null when only a digest was given
 * @param digest null when not pinned
 */
public record ImageReference(String registry, String repository, String tag, Digest digest) {

  public static final String DOCKER_HUB = "docker.io";

  private static final Pattern COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern HOST =
      Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)"
          + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+\\]");

  /** Parses a reference; throws {@link IllegalArgumentException} with the reason when malformed. */
  public static ImageReference parse(String text) {
    if (text == null || text.isBlank() || text.length() > 4096) {
      throw new IllegalArgumentException("empty or over-long image reference");
    }
    String rest = text.trim();
    Digest digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Digest.parse(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    String tag = null;
    int lastSlash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException("invalid tag: " + tag);
      }
    }
    String registry = DOCKER_HUB;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
        checkRegistry(registry);
      }
    }
    if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
      registry = DOCKER_HUB;
    }
    if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
      rest = "library/" + rest;
    }
    for (String component : rest.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        throw new IllegalArgumentException(
            "invalid repository name (lowercase letters, digits, separators): " + rest);
      }
    }
    if (tag == null && digest == null) {
      tag = "latest";
    }
    return new ImageReference(registry, rest, tag, digest);
  }

  private static void checkRegistry(String registry) {
    String host = registry;
    int colon = registry.lastIndexOf(':');
    if (colon > 0 && !registry.endsWith("]")) {
      String port = registry.substring(colon + 1);
      if (!port.matches("\\d{1,5}")) {
        throw new IllegalArgumentException("invalid registry port: " + registry);
      }
      host = registry.substring(0, colon);
    }
    if (!HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("invalid registry host: " + registry);
    }
  }

  /** True for strings that look like a reference rather than a file path. */
  public static boolean looksLikeReference(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Where the Registry API of this reference is served (Docker Hub's is not docker.io itself). */
  public String apiHost() {
    return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
  }

  /** The tag or digest as it goes into {@code /v2/<name>/manifests/<reference>}. */
  public String manifestReference() {
    return digest != null ? digest.toString() : tag;
  }

  /** The same repository at another digest (tag kept for readability). */
  public ImageReference withDigest(Digest d) {
    return new ImageReference(registry, repository, tag, d);
  }

  /** Host without the port, for the loopback and insecure-registry checks. */
  public String host() {
    if (registry.startsWith("[")) {
      return registry.substring(0, registry.indexOf(']') + 1);
    }
    int colon = registry.indexOf(':');
    return colon < 0 ? registry : registry.substring(0, colon);
  }

  @Override
  public String toString() {
    return registry + "/" + repository + (tag == null ? "" : ":" + tag)
        + (digest == null ? "" : "@" + digest);
  }
}
