package dev.harden.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --output}, shared by every command. */
final class OutputOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES:-see the command's help} (default: text).")
  String format = "text";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;
}
