package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know about SUSE's {@code zypper}: options with values, subcommands with their
 * short forms ({@code in}, {@code rm}, {@code up}, {@code dup}), non-interactive mode (global
 * {@code -n}/{@code --non-interactive}, or {@code -y}/{@code --no-confirm} after the subcommand)
 * and pinning ({@code curl=8.0}, {@code curl>=8}, a {@code .rpm}).
 */
final class Zypper {

  static final FlagSpec FLAGS = FlagSpec.withValues("-t", "--type", "-r", "--repo", "--from",
      "-R", "--root", "-c", "--config", "--reposd-dir", "--cache-dir", "--raw-cache-dir",
      "--solv-cache-dir", "--pkg-cache-dir", "--releasever", "--download", "-D");

  /** Subcommands that install or change packages, by every name zypper accepts. */
  static final Set<String> CHANGES = Set.of("install", "in", "remove", "rm", "update", "up",
      "patch", "dist-upgrade", "dup", "source-install", "si", "install-new-recommends", "inr");

  private Zypper() {}

  static Optional<String> subcommand(SimpleCommand c) {
    return c.is("zypper") ? c.subcommand(FLAGS) : Optional.empty();
  }

  static boolean isInstall(SimpleCommand c) {
    return subcommand(c).filter(s -> s.equals("install") || s.equals("in")).isPresent();
  }

  static List<ShellWord> packages(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  static boolean nonInteractive(SimpleCommand c) {
    return c.hasFlag(FLAGS, "-n", "--non-interactive", "-y", "--no-confirm");
  }

  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    return p.contains("=") || p.contains("<") || p.contains(">") || p.endsWith(".rpm")
        || !pkg.isLiteral();
  }

  static boolean isClean(SimpleCommand c) {
    return subcommand(c).filter(s -> s.equals("clean") || s.equals("cc")).isPresent();
  }
}
