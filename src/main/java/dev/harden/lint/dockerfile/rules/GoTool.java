package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know about the {@code go} command. Go's flags are single-dash words ({@code
 * -ldflags "-s -w"}), so they are read here rather than as getopt clusters.
 */
final class GoTool {

  private static final Set<String> WITH_VALUE = Set.of("-ldflags", "-gcflags", "-asmflags",
      "-tags", "-mod", "-modfile", "-p", "-C", "-o", "-exec", "-pkgdir", "-toolexec", "-overlay",
      "-pgo", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-covermode",
      "-coverpkg", "-buildvcs");

  private GoTool() {}

  /** The subcommand ({@code build}, {@code install}) of a {@code go} command. */
  static Optional<String> subcommand(SimpleCommand c) {
    List<ShellWord> p = positionals(c);
    return c.is("go") && !p.isEmpty() ? Optional.of(p.get(0).value()) : Optional.empty();
  }

  /** The arguments that are neither flags nor flag values. */
  static List<ShellWord> positionals(SimpleCommand c) {
    List<ShellWord> out = new ArrayList<>();
    List<ShellWord> args = c.arguments();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).value();
      if (a.startsWith("-") && a.length() > 1) {
        String name = a.startsWith("--") ? a.substring(1) : a;
        if (!name.contains("=") && WITH_VALUE.contains(name)) {
          i++;
        }
      } else {
        out.add(args.get(i));
      }
    }
    return out;
  }

  /**
   * The packages a {@code go install} fetches from elsewhere: paths whose first element looks
   * like a host ({@code golang.org/x/tools/gopls}); local ({@code ./cmd/x}) and standard library
   * packages are built from what is already there.
   */
  static List<ShellWord> remotePackages(SimpleCommand c) {
    List<ShellWord> p = positionals(c);
    List<ShellWord> out = new ArrayList<>();
    for (ShellWord w : p.subList(Math.min(1, p.size()), p.size())) {
      String v = w.value();
      String first = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
      if (!v.startsWith(".") && !v.startsWith("/") && first.contains(".")) {
        out.add(w);
      }
    }
    return out;
  }

  /** {@code pkg@v1.2.3} is pinned; no version or {@code @latest} is not. */
  static boolean isPinned(ShellWord pkg) {
    String v = pkg.value();
    int at = v.lastIndexOf('@');
    return !pkg.isLiteral() || at > 0 && !v.substring(at + 1).equals("latest")
        && !v.substring(at + 1).isEmpty();
  }
}
