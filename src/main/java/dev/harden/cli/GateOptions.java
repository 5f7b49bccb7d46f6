package dev.harden.cli;

import dev.harden.config.HardenConfig;
import dev.harden.pipeline.GateSettings;
import dev.harden.pipeline.ReachSettings;
import dev.harden.policy.AllowlistLoader;
import dev.harden.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --policy}, {@code --allow} and {@code --vex}: what the gate of ci and scan uses. */
final class GateOptions {

  private final OptionValue<Path> policy = new OptionValue<>();
  private final OptionValue<Path> allow = new OptionValue<>();
  private final OptionValue<List<Path>> vex = new OptionValue<>();

  /** Adds the options to {@code spec}. */
  GateOptions addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.option(policy, Path.class, "--policy")
        .paramLabel("FILE")
        .description("Gate policy (default: ./" + PolicyLoader.FILE_NAME + " when it exists,"
            + " else the built-in policy; see docs/policy.md).")
        .build());
    spec.addOption(CommandSpecs.option(allow, Path.class, "--allow")
        .paramLabel("FILE")
        .description("Allowlist of accepted findings (default: ./" + AllowlistLoader.FILE_NAME
            + " when it exists).")
        .build());
    spec.addOption(CommandSpecs.listOption(vex, Path.class, false, "--vex")
        .paramLabel("FILE")
        .description("OpenVEX or CycloneDX VEX document; not_affected statements suppress the"
            + " vulnerability in the package they name. Repeatable.")
        .build());
    return this;
  }

  GateSettings settings(HardenConfig config, Path db, ReachSettings reach) {
    return settings(config, db, Path.of(""), LocalDate.now(ZoneOffset.UTC), reach);
  }

  GateSettings settings(HardenConfig config, Path db, Path workingDir, LocalDate today,
      ReachSettings reach) {
    return new GateSettings(config, db,
        Optional.ofNullable(policy.value())
            .or(() -> existing(workingDir.resolve(PolicyLoader.FILE_NAME))),
        Optional.ofNullable(allow.value())
            .or(() -> existing(workingDir.resolve(AllowlistLoader.FILE_NAME))),
        vex.value() == null ? List.of() : vex.value(), today, reach);
  }

  private static Optional<Path> existing(Path p) {
    return Files.isRegularFile(p) ? Optional.of(p.normalize()) : Optional.empty();
  }
}
