package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;

/**
 * What the rules know about {@code gem install}: options with values, and pinning ({@code -v 2.4},
 * {@code --version '~> 2.4'} for the command, {@code rails:7.1.3} per gem, a local {@code .gem}).
 */
final class Gem {

  static final FlagSpec FLAGS = FlagSpec.withValues("-v", "--version", "-i", "--install-dir",
      "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file",
      "--build-root", "-p", "--http-proxy", "--document", "--target-rbconfig");

  private Gem() {}

  static boolean isInstall(SimpleCommand c) {
    return c.is("gem") && c.subcommand(FLAGS).filter(s -> s.equals("install") || s.equals("i"))
        .isPresent();
  }

  static List<ShellWord> gems(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  static boolean versionForAll(SimpleCommand c) {
    return c.hasFlag(FLAGS, "-v", "--version");
  }

  static boolean isPinned(ShellWord gem) {
    String g = gem.value();
    return !gem.isLiteral() || g.contains(":") || g.endsWith(".gem");
  }
}
