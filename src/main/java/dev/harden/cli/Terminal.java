package dev.harden.cli;

import java.util.Map;

/** Whether output goes to a person at a terminal: colour and progress lines only then. */
final class Terminal {

  private Terminal() {}

  /** Colour when writing to an interactive terminal, unless NO_COLOR is set or TERM is dumb. */
  static boolean colour(boolean toStdout, Map<String, String> env) {
    if (!toStdout || System.console() == null) {
      return false;
    }
    String noColour = env.get("NO_COLOR");
    if (noColour != null && !noColour.isEmpty()) {
      return false;
    }
    return !"dumb".equals(env.get("TERM"));
  }

  static boolean interactiveStderr() {
    return System.console() != null;
  }
}
