package dev.harden.dockerfile;

import java.util.Optional;

/**
 * A build variable visible at some point of the Dockerfile. {@code value} is empty when it is not
 * known without running the build: an {@code ARG} without default, a builtin platform ARG, an ENV
 * built from such values.
 */
public record Variable(
    String name, Optional<String> value, Kind kind, Optional<SourceSpan> declaredAt) {

  public enum Kind {
    /** An {@code ARG} before the first {@code FROM}: visible to {@code FROM} lines only. */
    GLOBAL_ARG,
    /** An {@code ARG} inside a stage (or of the stage it builds on). */
    ARG,
    /** An {@code ENV} of this stage or of the stage it builds on. */
    ENV,
    /** A BuildKit builtin: {@code TARGETPLATFORM}, {@code BUILDARCH}, ... */
    BUILTIN
  }
}
