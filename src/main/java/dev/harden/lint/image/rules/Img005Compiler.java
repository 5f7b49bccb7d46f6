package dev.harden.lint.image.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hardening change ③: compilers and build tools stay in a build stage. Versioned and
 * target-prefixed names count ({@code gcc-12}, {@code x86_64-linux-gnu-gcc-12}), as do tools under
 * any {@code bin} directory ({@code /usr/local/go/bin/go}, a JDK's {@code bin/javac}).
 */
public final class Img005Compiler implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG005", RuleKind.IMAGE, "Leave compilers and build tools in a build stage")
          .severity(Severity.WARNING)
          .rationale(
              "A compiler in the final image lets an attacker build exploits inside the container"
                  + " and brings large packages with their own vulnerabilities; a multi-stage build"
                  + " copies only the built artefact.")
          .hardening(3)
          .build();

  /** Program base name → what the message calls it. */
  private static final Map<String, String> TOOLS = Map.ofEntries(
      Map.entry("gcc", "compiler gcc"), Map.entry("cc", "compiler cc"),
      Map.entry("g++", "compiler g++"), Map.entry("c++", "compiler c++"),
      Map.entry("clang", "compiler clang"), Map.entry("clang++", "compiler clang++"),
      Map.entry("go", "Go toolchain go"), Map.entry("rustc", "compiler rustc"),
      Map.entry("cargo", "Rust build tool cargo"), Map.entry("javac", "compiler javac"),
      Map.entry("make", "build tool make"), Map.entry("gmake", "build tool make"));

  /** Optional target triplet, the tool, optional version suffix. */
  private static final Pattern NAME = Pattern.compile(
      "(?:[a-z0-9_]+-(?:[a-z0-9_]+-)?linux-(?:gnu|musl)[a-z0-9_]*-)?([a-z+]+)(?:-[0-9][0-9.]*)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    Programs.report(image, ImageTree.of(image).programs(n -> tool(n) != null), Img005Compiler::tool,
        out);
  }

  static String tool(String programName) {
    Matcher m = NAME.matcher(programName);
    return m.matches() ? TOOLS.get(m.group(1)) : null;
  }
}
