package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Set;

/**
 * What the rules know about {@code npm install}: its aliases, options with values and what counts
 * as pinned ({@code express@4.18.2}, {@code @scope/pkg@1.2}, a tarball, a folder, a git URL with a
 * {@code #ref}). {@code npm ci} and {@code npm install} without packages install the lock file.
 */
final class Npm {

  static final FlagSpec FLAGS = FlagSpec.withValues("--prefix", "--registry", "--cache", "--tag",
      "-w", "--workspace", "--omit", "--include", "--install-strategy", "--loglevel",
      "--userconfig", "--globalconfig", "--before", "--otp", "--save-prefix", "--location");

  /** {@code npm install} and the spellings npm accepts for it. */
  static final Set<String> INSTALL = Set.of("install", "i", "in", "ins", "inst", "insta",
      "instal", "isnt", "isnta", "isntal", "isntall", "add");

  private Npm() {}

  static boolean isInstall(SimpleCommand c) {
    return c.is("npm") && c.subcommand(FLAGS).filter(INSTALL::contains).isPresent();
  }

  static List<ShellWord> packages(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    if (!pkg.isLiteral()) {
      return true;
    }
    if (p.startsWith("git") || p.startsWith("github:") || p.contains("://")) {
      return p.contains("#");
    }
    if (p.endsWith(".tgz") || p.endsWith(".tar.gz") || p.endsWith(".tar")) {
      return true;
    }
    if (p.startsWith("/") || p.startsWith("./") || p.startsWith("../") || p.startsWith("~/")
        || p.equals(".")) {
      return true;
    }
    String name = p.startsWith("@") ? p.substring(Math.max(p.indexOf('/'), 1)) : p;
    int at = name.indexOf('@');
    if (at < 0) {
      return false;
    }
    String version = name.substring(at + 1);
    return !version.isEmpty() && !version.equals("latest") && !version.equals("next");
  }
}
