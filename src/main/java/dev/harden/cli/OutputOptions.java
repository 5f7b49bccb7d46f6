package dev.harden.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --format} and {@code --output}, shared by every command. */
final class OutputOptions {

  private final OptionValue<String> format = new OptionValue<>("text");
  private final OptionValue<Path> output = new OptionValue<>();

  /** Adds the options to {@code spec}. */
  OutputOptions addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.option(format, String.class, "-f", "--format")
        .paramLabel("FORMAT")
        .description("Output format: see the command's help (default: text).")
        .build());
    spec.addOption(CommandSpecs.option(output, Path.class, "-o", "--output")
        .paramLabel("FILE")
        .description("Write the report to FILE (atomically) instead of standard output.")
        .build());
    return this;
  }

  /** The format asked for ({@code text} when none was). */
  String format() {
    return format.value();
  }

  /** The file to write, or null for standard output. */
  Path output() {
    return output.value();
  }
}
