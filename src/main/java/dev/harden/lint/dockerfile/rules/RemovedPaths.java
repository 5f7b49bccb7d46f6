package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;

/**
 * Whether a RUN removes a path it works in ({@code rm -rf "$tmp"}, {@code rm -rf /build/*}): such a
 * directory is scratch space of that one RUN and does not reach the image. Paths are compared as
 * written, so {@code "$tempDir"} matches {@code $tempDir}.
 */
final class RemovedPaths {

  private RemovedPaths() {}

  static boolean removedBy(ShellScript script, String path) {
    String p = trim(path);
    for (SimpleCommand rm : script.commands("rm")) {
      for (String target : rm.positionalArgs(FlagSpec.NONE)) {
        String t = trim(target.replaceAll("/\\*$", ""));
        if (!t.isEmpty() && (p.equals(t) || p.startsWith(t + "/"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String trim(String path) {
    return path.replaceAll("/+$", "");
  }
}
