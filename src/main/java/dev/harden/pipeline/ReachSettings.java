package dev.harden.pipeline;

import dev.harden.reach.ReachOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether and how a scan works out layer attribution and reachability, built once by the command
 * line.
 *
 * @param enabled false with {@code --no-reachability}: packages carry neither origin nor
 *     reachability, and the gate counts both as unknown (as its policy says)
 * @param base {@code --base IMAGE}: the image this one was built on (its diff ids are a prefix of
 *     ours)
 * @param dockerfile the Dockerfile whose final stage's {@code FROM} names the base; {@code ci}
 *     uses its own {@code --dockerfile} when this is empty
 * @param options bounds of the analysis
 */
public record ReachSettings(
    boolean enabled, Optional<String> base, Optional<Path> dockerfile, ReachOptions options) {

  /** On, with nothing said about the base: annotations, then the history decide. */
  public static final ReachSettings DEFAULTS =
      new ReachSettings(true, Optional.empty(), Optional.empty(), ReachOptions.DEFAULTS);

  /** Off. */
  public static final ReachSettings OFF =
      new ReachSettings(false, Optional.empty(), Optional.empty(), ReachOptions.DEFAULTS);
}
