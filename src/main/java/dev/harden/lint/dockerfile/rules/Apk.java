package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * What the rules know about Alpine's {@code apk}: options with values ({@code --virtual .deps},
 * {@code -X repo}), the subcommand, packages, and pinning ({@code curl=8.5.0-r0}, {@code
 * curl~=8.5}, {@code curl>8}, a local {@code .apk}).
 */
final class Apk {

  static final FlagSpec FLAGS = FlagSpec.withValues("-t", "--virtual", "-X", "--repository",
      "--repositories-file", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--wait",
      "--cache-max-age", "--timeout");

  private Apk() {}

  static Optional<String> subcommand(SimpleCommand c) {
    return c.is("apk") ? c.subcommand(FLAGS) : Optional.empty();
  }

  static boolean isAdd(SimpleCommand c) {
    return subcommand(c).filter("add"::equals).isPresent();
  }

  /** The arguments after the subcommand. */
  static List<ShellWord> packages(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  /** The name of the virtual package an {@code apk add -t NAME} groups its packages under. */
  static Optional<String> virtualName(SimpleCommand c) {
    return c.flagValue("-t", "--virtual");
  }

  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    return p.contains("=") || p.contains("~") || p.contains("<") || p.contains(">")
        || p.endsWith(".apk") || !pkg.isLiteral();
  }
}
