package dev.harden.config;

import dev.harden.lint.FailureThreshold;
import dev.harden.lint.LintSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The merged user configuration: built once by the command line from defaults, the
 * {@code .harden.yaml} file, the environment and the flags, then passed down as typed values.
 *
 * @param lint rule settings
 * @param failureThreshold the least severe lint finding that fails the run
 * @param source the config file that was read, if any
 */
public record HardenConfig(
    LintSettings lint, FailureThreshold failureThreshold, Optional<Path> source) {

  public static final HardenConfig DEFAULTS =
      new HardenConfig(LintSettings.DEFAULTS, FailureThreshold.WARNING, Optional.empty());
}
