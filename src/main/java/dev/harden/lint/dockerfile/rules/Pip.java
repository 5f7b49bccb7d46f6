package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the rules know about {@code pip install} (as {@code pip}, {@code pip3.12} or {@code
 * python3 -m pip}): options with values, packages, and what counts as pinned: a version specifier
 * ({@code ==}, {@code >=}, {@code ~=}...), a requirements or constraints file ({@code -r}, {@code
 * -c}; the file pins, as hadolint reads it), a local path ({@code .}, {@code ./pkg}), an editable
 * install, a wheel or sdist file, or a VCS URL with a ref ({@code git+https://...@v1.2}).
 */
final class Pip {

  static final FlagSpec FLAGS = FlagSpec.withValues("-r", "--requirement", "-c", "--constraint",
      "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t",
      "--target", "--prefix", "--root", "--src", "--platform", "--python-version",
      "--implementation", "--abi", "--progress-bar", "--proxy", "--trusted-host",
      "--upgrade-strategy", "--no-binary", "--only-binary", "--cache-dir", "--log", "--timeout",
      "--retries", "--exists-action", "--cert", "--client-cert", "--global-option",
      "--config-settings", "-C", "--report", "--root-user-action", "--python", "-b", "--build",
      "--keyring-provider", "--use-feature", "--use-deprecated", "--group");

  private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");
  private static final Pattern SPECIFIER = Pattern.compile("[=<>!~]");

  private Pip() {}

  /**
   * The command as {@code pip ...}: itself for {@code pip}, or the words from {@code pip} on for
   * {@code python -m pip ...}; empty for anything else (pipx and pipenv are other tools).
   */
  static Optional<SimpleCommand> asPip(SimpleCommand c) {
    if (PIP.matcher(c.program()).matches()) {
      return Optional.of(c);
    }
    if (!PYTHON.matcher(c.program()).matches()) {
      return Optional.empty();
    }
    List<ShellWord> words = c.words();
    for (int i = 1; i + 1 < words.size(); i++) {
      String w = words.get(i).value();
      if (w.equals("-m")) {
        if (!PIP.matcher(words.get(i + 1).value()).matches()) {
          return Optional.empty();
        }
        return Optional.of(new SimpleCommand(c.assignments(), words.subList(i + 1, words.size()),
            c.redirects(), c.wrappers(), c.start(), c.end(), c.partial()));
      }
      if (!w.startsWith("-")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The command as pip when it is {@code pip install}. */
  static Optional<SimpleCommand> install(SimpleCommand c) {
    return asPip(c).filter(p -> p.subcommand(FLAGS).filter("install"::equals).isPresent());
  }

  /** The packages of a {@code pip install}. */
  static List<ShellWord> packages(SimpleCommand pip) {
    List<ShellWord> p = pip.positionals(FLAGS);
    return p.isEmpty() ? List.of() : p.subList(1, p.size());
  }

  /** True when the command installs from a requirements or constraints file. */
  static boolean usesRequirementsFile(SimpleCommand pip) {
    return pip.hasFlag(FLAGS, "-r", "--requirement", "-c", "--constraint");
  }

  static boolean isPinned(ShellWord pkg) {
    String p = pkg.value();
    if (!pkg.isLiteral() || SPECIFIER.matcher(p).find()) {
      return true;
    }
    if (p.endsWith(".whl") || p.endsWith(".tar.gz") || p.endsWith(".zip")) {
      return true;
    }
    if (p.contains("://") || p.startsWith("git+")) {
      return p.substring(p.indexOf("://") + 3).contains("@");
    }
    return p.startsWith(".") || p.startsWith("/") || p.startsWith("~") || p.contains("/");
  }
}
