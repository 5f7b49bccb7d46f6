package dev.harden.cli;

import dev.harden.config.ConfigLoader;
import dev.harden.config.HardenConfig;
import dev.harden.io.InputException;
import dev.harden.lint.FailureThreshold;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --config}, {@code --failure-threshold} and {@code --ignore}: the lint configuration. */
final class ConfigOptions {

  private final OptionValue<Path> config = new OptionValue<>();
  private final OptionValue<FailureThreshold> failureThreshold = new OptionValue<>();
  private final OptionValue<List<String>> ignored = new OptionValue<>();

  /** Adds the options to {@code spec}. */
  ConfigOptions addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.option(config, Path.class, "--config")
        .paramLabel("FILE")
        .description("Config file (default: the nearest .harden.yaml from the working directory"
            + " up).")
        .build());
    spec.addOption(CommandSpecs.option(failureThreshold, FailureThreshold.class,
            "--failure-threshold")
        .paramLabel("LEVEL")
        .converters(new ThresholdConverter())
        .description("Exit 1 when a finding is at least this severe: error, warning, info, style"
            + " or none (default: warning, or the config file's failureThreshold).")
        .build());
    spec.addOption(CommandSpecs.listOption(ignored, String.class, true, "--ignore")
        .paramLabel("RULE")
        .description("Skip these rules (ids or aliases such as DL3008); repeatable.")
        .build());
    return this;
  }

  HardenConfig load() throws InputException {
    return ConfigLoader.load(Path.of(""), System.getenv(),
        new ConfigLoader.Overrides(config.value(), failureThreshold.value(), ignored.value()));
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
