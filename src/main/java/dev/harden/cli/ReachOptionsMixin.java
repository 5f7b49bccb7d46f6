package dev.harden.cli;

import dev.harden.pipeline.ReachSettings;
import dev.harden.reach.ReachOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --base} and {@code --no-reachability}: layer attribution and reachability of a scan. */
final class ReachOptionsMixin {

  private final OptionValue<String> base = new OptionValue<>();
  private final OptionValue<Boolean> off = new OptionValue<>(false);

  /** Adds the options to {@code spec}. */
  ReachOptionsMixin addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.option(base, String.class, "--base")
        .paramLabel("IMAGE")
        .description("The image this one was built on (archive, OCI layout or reference): its"
            + " layers are the base, the rest the application's (default: the image's OCI base"
            + " annotations, then the Dockerfile's FROM, then a guess from the history; see"
            + " docs/reachability.md).")
        .build());
    spec.addOption(CommandSpecs.flag(off, "--no-reachability")
        .description("Skip layer attribution and reachability: every package's origin and"
            + " reachability are unknown, and the gate treats them as its policy says.")
        .build());
    return this;
  }

  /** @param dockerfile the Dockerfile whose final stage's FROM names the base, or null */
  ReachSettings settings(Path dockerfile) {
    return new ReachSettings(!off.value(), Optional.ofNullable(base.value()), Optional.ofNullable(dockerfile),
        ReachOptions.DEFAULTS);
  }
}
