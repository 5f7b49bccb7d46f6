package dev.harden.dockerfile;

import java.util.Optional;

/**
 * What a stage builds on, or what {@code COPY --from} / {@code RUN --mount=from=} reads from:
 * nothing ({@code scratch}), another stage, an image, or something that cannot be resolved without
 * running the build (an ARG without default) or is not a valid reference.
 */
public sealed interface Base permits Base.Scratch, Base.StageRef, Base.Image, Base.Unresolved {

  /** {@code FROM scratch}. */
  record Scratch() implements Base {}

  /** An earlier stage (for {@code FROM}), or any stage (for {@code COPY --from}). */
  record StageRef(int index, Optional<String> name) implements Base {}

  /** An image reference, after ARG substitution. */
  record Image(ImageReference reference) implements Base {}

  /** {@code text} is the reference after whatever substitution was possible. */
  record Unresolved(String text, String reason) implements Base {}
}
