package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;

/** Recognises commands that delete files ({@code rm -rf /var/lib/apt/lists/*}). */
final class Removals {

  private Removals() {}

  /**
   * True when {@code command} is an {@code rm} of {@code dir}, of everything in it ({@code
   * /var/lib/apt/lists/*}) or of a parent below the top level ({@code /var/cache/*} covers {@code
   * /var/cache/apk}); {@code ~} and {@code $HOME} count as {@code /root}.
   */
  static boolean deletes(SimpleCommand command, String dir) {
    if (!command.is("rm")) {
      return false;
    }
    for (String arg : command.args()) {
      String path = arg.startsWith("~/") ? "/root" + arg.substring(1) : arg;
      path = path.replace("$HOME/", "/root/").replace("${HOME}/", "/root/");
      while (path.length() > 1 && (path.endsWith("/") || path.endsWith("*"))) {
        path = path.substring(0, path.length() - 1);
      }
      boolean parent = path.indexOf('/', 1) > 0 && dir.startsWith(path + "/");
      if (path.equals(dir) || parent) {
        return true;
      }
    }
    return false;
  }
}
