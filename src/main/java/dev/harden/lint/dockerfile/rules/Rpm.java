package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know about the RPM front ends {@code yum}, {@code dnf} and {@code microdnf}:
 * options with values, subcommands (including {@code group install} and {@code module install}),
 * packages, "assume yes" and pinning ({@code httpd-2.4.57}, {@code httpd-2.4.57-5.el9}, a local
 * or remote {@code .rpm}).
 */
final class Rpm {

  static final FlagSpec FLAGS = FlagSpec.withValues("-c", "--config", "--installroot",
      "--releasever", "--enablerepo", "--disablerepo", "--repo", "--repoid", "-x", "--exclude",
      "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--rpmverbosity", "--forcearch",
      "--downloaddir", "--destdir", "--disableplugin", "--enableplugin", "--color", "--comment",
      "--advisory", "--advisories", "--bz", "--cve", "--sec-severity", "--secseverity",
      "--platform-id", "--repofrompath");

  /** Subcommands that install or change packages (and leave metadata and packages in the cache). */
  static final Set<String> INSTALLS = Set.of("install", "localinstall", "groupinstall",
      "reinstall", "update", "upgrade", "downgrade", "distro-sync", "update-minimal");

  /** Subcommands that ask for confirmation without -y. */
  static final Set<String> PROMPTING = Set.of("install", "localinstall", "groupinstall",
      "reinstall", "update", "upgrade", "downgrade", "distro-sync", "remove", "erase",
      "autoremove", "groupremove", "update-minimal");

  private Rpm() {}

  /**
   * The subcommand, with {@code group install} read as {@code groupinstall} and {@code module
   * install} as {@code module-install}.
   */
  static Optional<String> subcommand(SimpleCommand c) {
    List<String> p = c.positionalArgs(FLAGS);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    String sub = p.get(0);
    if ((sub.equals("group") || sub.equals("groups")) && p.size() > 1) {
      return Optional.of("group" + p.get(1));
    }
    if (sub.equals("module") && p.size() > 1) {
      return Optional.of("module-" + p.get(1));
    }
    return Optional.of(sub);
  }

  /** The package arguments of an install-like command (after the subcommand). */
  static List<ShellWord> packages(SimpleCommand c) {
    List<ShellWord> p = c.positionals(FLAGS);
    if (p.isEmpty()) {
      return List.of();
    }
    String first = p.get(0).value();
    int skip = first.equals("group") || first.equals("groups") || first.equals("module") ? 2 : 1;
    return p.size() <= skip ? List.of() : p.subList(skip, p.size());
  }

  static boolean assumesYes(SimpleCommand c) {
    return c.hasFlag(FLAGS, "-y", "--assumeyes", "--yes");
  }

  /**
   * Whether a package names a version: {@code name-version[-release]} where the part after a dash
   * starts with a digit, a {@code .rpm} file or URL, a path, a group ({@code @development}), or an
   * argument built from variables.
   */
  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    if (!pkg.isLiteral() || p.endsWith(".rpm") || p.startsWith("/") || p.startsWith("@")) {
      return true;
    }
    String[] parts = p.split("-");
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0))
          && parts[i].matches("[A-Za-z0-9.~^_:+]+")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is {@code <manager> clean all} (other options allowed). */
  static boolean isCleanAll(SimpleCommand c, String manager) {
    if (!c.is(manager)) {
      return false;
    }
    List<String> p = c.positionalArgs(FLAGS);
    return p.size() >= 2 && p.get(0).equals("clean") && p.contains("all");
  }
}
