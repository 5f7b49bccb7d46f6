package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which programs run code, and whether a given invocation runs the script it reads on standard
 * input ({@code sh}, {@code bash -s --}, {@code python3 -}) rather than one given inline ({@code sh
 * -c '...'}, {@code python3 -c '...'}) or in a file ({@code bash install.sh}).
 */
final class Interpreters {

  static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  /** Script interpreters and the options that hand them code inline (so stdin is data). */
  private static final Map<String, Set<String>> INLINE_CODE =
      Map.of(
          "python", Set.of("-c", "-m"),
          "perl", Set.of("-e", "-E"),
          "ruby", Set.of("-e"),
          "node", Set.of("-e", "--eval", "-p", "--print"),
          "php", Set.of("-r"));

  /** Options of the interpreters above that take a separate value. */
  private static final Set<String> WITH_VALUE =
      Set.of("-o", "+o", "-O", "+O", "-W", "-X", "--rcfile", "--init-file", "-r", "--require");

  private Interpreters() {}

  /** The interpreter family of a program name: {@code python3.12} is {@code python}. */
  static String family(String program) {
    String p = program.replaceFirst("[0-9.]+$", "");
    return p.equals("nodejs") ? "node" : p;
  }

  /** True for {@code sh}, {@code bash}, ... and {@code busybox sh}. */
  static boolean isShell(SimpleCommand command) {
    return SHELLS.contains(command.program())
        || (command.is("busybox")
            && !command.args().isEmpty()
            && SHELLS.contains(command.args().get(0)));
  }

  /** True when the command (wrappers peeled) executes what arrives on its standard input. */
  static boolean runsStandardInput(SimpleCommand command) {
    List<ShellWord> args = command.arguments();
    if (command.is("busybox") && isShell(command)) {
      args = args.subList(1, args.size());
    } else if (!SHELLS.contains(command.program())
        && !INLINE_CODE.containsKey(family(command.program()))) {
      return false;
    }
    boolean shell = isShell(command);
    Set<String> inline = shell ? Set.of() : INLINE_CODE.get(family(command.program()));
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).value();
      if (a.equals("-")) {
        return true;
      }
      if (a.equals("--")) {
        return shell || i + 1 >= args.size() || args.get(i + 1).value().equals("-");
      }
      if (inline.contains(a) || (a.startsWith("--") && inline.contains(a.split("=", 2)[0]))) {
        return false;
      }
      if (shell && a.matches("[-+][A-Za-z]+")) {
        if (a.indexOf('c') > 0) {
          return false;
        }
        if (a.indexOf('s') > 0) {
          return true;
        }
        if (a.endsWith("o")) {
          i++;
        }
        continue;
      }
      if (!shell
          && a.length() > 2
          && a.startsWith("-")
          && !a.startsWith("--")
          && inline.contains(a.substring(0, 2))) {
        return false; // -c'print(1)' glued to its option
      }
      if (a.startsWith("-") || a.startsWith("+")) {
        if (WITH_VALUE.contains(a)) {
          i++;
        }
        continue;
      }
      return false; // a script file
    }
    return true;
  }
}
