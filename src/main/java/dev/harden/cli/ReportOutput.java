package dev.harden.cli;

import dev.harden.io.AtomicFiles;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Delivers a fully rendered report: to standard output, or atomically to the {@code --output}
 * file. Commands render first and deliver last, so an error never leaves partial output.
 */
final class ReportOutput {

  private ReportOutput() {}

  static void deliver(String content, Path output, PrintWriter stdout) throws InputException {
    if (output == null) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    try {
      AtomicFiles.write(output, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(output.toString(), "cannot write the report: " + e.getMessage());
    }
  }
}
