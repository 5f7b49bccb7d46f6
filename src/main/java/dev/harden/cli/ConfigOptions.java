package dev.harden.cli;

import dev.harden.config.ConfigLoader;
import dev.harden.config.HardenConfig;
import dev.harden.io.InputException;
import dev.harden.lint.FailureThreshold;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config}, {@code --failure-threshold} and {@code --ignore}: the lint configuration. */
final class ConfigOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: the nearest .harden.yaml from the working directory up).")
  Path config;

  @Option(
      names = "--failure-threshold",
      paramLabel = "LEVEL",
      converter = ThresholdConverter.class,
      description = "Exit 1 when a finding is at least this severe: error, warning, info, style or"
          + " none (default: warning, or the config file's failureThreshold).")
  FailureThreshold failureThreshold;

  @Option(
      names = "--ignore",
      paramLabel = "RULE",
      split = ",",
      description = "Skip these rules (ids or aliases such as DL3008); repeatable.")
  List<String> ignored;

  HardenConfig load() throws InputException {
    return ConfigLoader.load(Path.of(""), System.getenv(),
        new ConfigLoader.Overrides(config, failureThreshold, ignored));
  }

  /** Turns the flag value into a threshold with the list of valid values on error. */
  static final class ThresholdConverter
      implements picocli.CommandLine.ITypeConverter<FailureThreshold> {
    @Override
    public FailureThreshold convert(String value) {
      try {
        return FailureThreshold.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
