package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know about {@code apt-get} and its front end {@code apt}: which options take a
 * value, what the subcommand is, which arguments are packages, what counts as a pinned version
 * ({@code curl=7.88.1-10}) and as "assume yes" ({@code -y}, {@code --yes}, {@code --assume-yes},
 * {@code -qq}).
 */
final class AptGet {

  static final FlagSpec FLAGS = FlagSpec.withValues("-o", "--option", "-c", "--config-file", "-t",
      "--target-release", "--default-release", "-a", "--host-architecture", "-P",
      "--build-profiles");

  /** Subcommands that change packages and ask for confirmation without -y. */
  static final Set<String> PROMPTING = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
      "remove", "purge", "autoremove", "autopurge", "build-dep", "reinstall", "satisfy");

  private AptGet() {}

  /** {@code apt-get} or {@code apt}. */
  static boolean is(SimpleCommand c) {
    return c.is("apt-get", "apt");
  }

  static Optional<String> subcommand(SimpleCommand c) {
    return c.subcommand(FLAGS);
  }

  static boolean isInstall(SimpleCommand c) {
    return is(c) && subcommand(c).filter("install"::equals).isPresent();
  }

  /** The package arguments after the subcommand. */
  static List<ShellWord> packages(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  /**
   * True when apt will not ask: {@code -y}, {@code --yes}, {@code --assume-yes}, or quiet level 2
   * ({@code -qq}, {@code -q=2}), which implies -y.
   */
  static boolean assumesYes(SimpleCommand c) {
    if (c.hasFlag(FLAGS, "-y", "--yes", "--assume-yes")) {
      return true;
    }
    int quiet = 0;
    for (String a : c.args()) {
      if (a.equals("--")) {
        break;
      } else if (a.startsWith("--quiet=") || a.startsWith("-q=")) {
        quiet += a.substring(a.indexOf('=') + 1).matches("\\d+")
            ? Integer.parseInt(a.substring(a.indexOf('=') + 1)) : 1;
      } else if (a.equals("--quiet")) {
        quiet++;
      } else if (a.matches("-[A-Za-z]+")) {
        quiet += (int) a.chars().filter(ch -> ch == 'q').count();
      }
    }
    return quiet >= 2;
  }

  /**
   * Whether a package argument pins a version ({@code curl=7.88.1-10}) or names a local .deb. An
   * argument built from variables is taken as pinned: its value is not known here.
   */
  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    return p.contains("=") || p.endsWith(".deb") || !pkg.isLiteral();
  }

  /** The value of an {@code -o Name=value} option, if given. */
  static Optional<String> option(SimpleCommand c, String name) {
    for (String o : c.flagValues("-o", "--option")) {
      int eq = o.indexOf('=');
      if (eq > 0 && o.substring(0, eq).equalsIgnoreCase(name)) {
        return Optional.of(o.substring(eq + 1));
      }
    }
    return Optional.empty();
  }
}
