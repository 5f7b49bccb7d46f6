package dev.harden.dockerfile.shell;

import java.util.List;
import java.util.Locale;

/** Which shell runs the script; only POSIX shells are parsed exactly. */
public enum Dialect {
  POSIX,
  WINDOWS_CMD,
  POWERSHELL;

  /** The dialect of a {@code SHELL ["..."]} argument list (empty: the POSIX default). */
  public static Dialect ofShell(List<String> shell) {
    if (shell.isEmpty()) {
      return POSIX;
    }
    String program = shell.get(0).replace('\\', '/');
    program = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (program.endsWith(".exe")) {
      program = program.substring(0, program.length() - 4);
    }
    switch (program) {
      case "cmd":
        return WINDOWS_CMD;
      case "powershell":
      case "pwsh":
        return POWERSHELL;
      default:
        return POSIX;
    }
  }
}
