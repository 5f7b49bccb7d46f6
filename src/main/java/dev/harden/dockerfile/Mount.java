package dev.harden.dockerfile;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code RUN --mount=...} specification split into its options ({@code type=cache,target=/x}):
 * keys lower case, values with quotes removed; a bare key ({@code readonly}) maps to "".
 */
public record Mount(Map<String, String> options, Flag flag) {

  public Mount {
    options = Map.copyOf(options);
  }

  /**
   * {@code bind}, {@code cache}, {@code tmpfs}, {@code secret} or {@code ssh}; BuildKit defaults to
   * bind.
   */
  public String type() {
    return options.getOrDefault("type", "bind");
  }

  public Optional<String> target() {
    return first("target", "dst", "destination");
  }

  public Optional<String> source() {
    return first("source", "src");
  }

  /** The stage or image the mount reads from ({@code from=builder}). */
  public Optional<String> from() {
    return first("from");
  }

  public Optional<String> id() {
    return first("id");
  }

  private Optional<String> first(String... keys) {
    for (String k : keys) {
      if (options.containsKey(k)) {
        return Optional.of(options.get(k));
      }
    }
    return Optional.empty();
  }
}
