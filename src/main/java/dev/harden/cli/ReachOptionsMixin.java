package dev.harden.cli;

import dev.harden.pipeline.ReachSettings;
import dev.harden.reach.ReachOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --base} and {@code --no-reachability}: layer attribution and reachability of a scan. */
final class ReachOptionsMixin {

  @Option(
      names = "--base",
      paramLabel = "IMAGE",
      description = "The image this one was built on (archive, OCI layout or reference): its"
          + " layers are the base, the rest the application's (default: the image's OCI base"
          + " annotations, then the Dockerfile's FROM, then a guess from the history; see"
          + " docs/reachability.md).")
  String base;

  @Option(
      names = "--no-reachability",
      description = "Skip layer attribution and reachability: every package's origin and"
          + " reachability are unknown, and the gate treats them as its policy says.")
  boolean off;

  /** @param dockerfile the Dockerfile whose final stage's FROM names the base, or null */
  ReachSettings settings(Path dockerfile) {
    return new ReachSettings(!off, Optional.ofNullable(base), Optional.ofNullable(dockerfile),
        ReachOptions.DEFAULTS);
  }
}
