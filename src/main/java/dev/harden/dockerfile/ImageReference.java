package dev.harden.dockerfile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised image reference, parsed as the Docker distribution library does: {@code debian:12}
 * is {@code docker.io/library/debian:12}; the first path component is a registry only when it has a
 * {@code .} or {@code :} or is {@code localhost}.
 */
public record ImageReference(
    String registry, String repository, Optional<String> tag, Optional<String> digest) {

  public static final String DOCKER_HUB = "docker.io";

  private static final Pattern COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
              + "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[a-fA-F0-9:]+\\])"
              + "(?::[0-9]+)?");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

  /**
   * Parses {@code ref}.
   *
   * @throws IllegalArgumentException with the reason when it is not a valid reference
   */
  public static ImageReference parse(String ref) {
    String rest = ref;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      String d = rest.substring(at + 1);
      if (!DIGEST.matcher(d).matches()) {
        throw new IllegalArgumentException("invalid digest '" + d + "'");
      }
      digest = Optional.of(d);
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      String t = rest.substring(colon + 1);
      if (!TAG.matcher(t).matches()) {
        throw new IllegalArgumentException("invalid tag '" + t + "'");
      }
      tag = Optional.of(t);
      rest = rest.substring(0, colon);
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("empty image name");
    }
    if (rest.length() > 255) {
      throw new IllegalArgumentException("repository name is longer than 255 characters");
    }
    String registry = DOCKER_HUB;
    String path = rest;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".")
          || first.contains(":")
          || first.equals("localhost")
          || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
        if (!DOMAIN.matcher(first).matches()) {
          throw new IllegalArgumentException("invalid registry '" + first + "'");
        }
        registry = first.equals("index.docker.io") ? DOCKER_HUB : first;
        path = rest.substring(slash + 1);
      }
    }
    for (String component : path.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        throw new IllegalArgumentException(
            path.equals(path.toLowerCase(java.util.Locale.ROOT))
                ? "invalid repository name '" + path + "'"
                : "repository name must be lowercase: '" + path + "'");
      }
    }
    if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
      path = "library/" + path;
    }
    return new ImageReference(registry, path, tag, digest);
  }

  public boolean isDockerHub() {
    return registry.equals(DOCKER_HUB);
  }

  /** True for Docker Hub's official images ({@code docker.io/library/...}). */
  public boolean isOfficial() {
    return isDockerHub() && repository.startsWith("library/");
  }

  /**
   * The repository as people write it: {@code debian}, {@code bitnami/redis}, {@code ghcr.io/o/r}.
   */
  public String familiarName() {
    if (!isDockerHub()) {
      return registry + "/" + repository;
    }
    return isOfficial() ? repository.substring("library/".length()) : repository;
  }

  /** The last path component: {@code debian}, {@code redis}. */
  public String shortName() {
    return repository.substring(repository.lastIndexOf('/') + 1);
  }

  /** {@code registry/repository}. */
  public String name() {
    return registry + "/" + repository;
  }

  /** The fully qualified reference: {@code docker.io/library/debian:12@sha256:...}. */
  @Override
  public String toString() {
    return name() + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
  }

  /** The reference as people write it: {@code debian:12}. */
  public String familiar() {
    return familiarName() + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
  }
}
