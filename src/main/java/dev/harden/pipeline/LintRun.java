package dev.harden.pipeline;

import dev.harden.config.HardenConfig;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.dockerfile.DockerfileLinter;
import dev.harden.report.LintReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code harden lint}: reads every input, lints it with the built-in rules, and gathers one report.
 * An input that cannot be read or parsed stops the run with an {@link InputException} (exit 2):
 * a lint that silently skipped a file would read as "clean".
 */
public final class LintRun {

  /** Largest standard input accepted (the Dockerfile parser has its own, smaller, limit). */
  static final int MAX_STDIN = 64 << 20;

  private final HardenConfig config;
  private final Optional<String> target;

  public LintRun(HardenConfig config, Optional<String> target) {
    this.config = config;
    this.target = target;
  }

  public LintReport run(List<LintInput> inputs, InputStream stdin) throws InputException {
    DockerfileLinter dockerfiles =
        new DockerfileLinter(BuiltinRules.dockerfile(config.lint()), config.lint());
    List<Finding> findings = new ArrayList<>();
    Map<String, RuleMeta> rules = new LinkedHashMap<>();
    dockerfiles.linter().rules().forEach(r -> rules.put(r.meta().id(), r.meta()));
    byte[] stdinBytes = null;
    for (LintInput input : inputs) {
      if (input.kind() == LintInput.Kind.MANIFESTS) {
        throw new InputException(input.displayName(), "Kubernetes manifests are not supported yet");
      }
      Dockerfile parsed;
      if (input.path() == null) {
        if (stdinBytes == null) {
          stdinBytes = readStdin(stdin);
        }
        parsed = DockerfileParser.parse("-", stdinBytes);
      } else {
        parsed = DockerfileParser.parse(input.path());
      }
      findings.addAll(dockerfiles.lint(parsed, target));
    }
    findings.sort(Finding.ORDER);
    return new LintReport(findings, new ArrayList<>(rules.values()));
  }

  private static byte[] readStdin(InputStream stdin) throws InputException {
    try {
      byte[] bytes = stdin.readNBytes(MAX_STDIN + 1);
      if (bytes.length > MAX_STDIN) {
        throw new InputException("-", "standard input is larger than " + MAX_STDIN + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException("-", "cannot read standard input: " + e.getMessage());
    }
  }
}
