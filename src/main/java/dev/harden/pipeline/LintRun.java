package dev.harden.pipeline;

import dev.harden.config.HardenConfig;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.dockerfile.DockerfileLinter;
import dev.harden.lint.k8s.KubernetesLinting;
import dev.harden.lint.k8s.ManifestLintResult;
import dev.harden.report.LintReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code harden lint}: reads every input (Dockerfiles and Kubernetes manifests), lints it with the
 * built-in rules, and gathers one report. An input that cannot be read or parsed stops the run with
 * an {@link InputException} (exit 2): a lint that silently skipped a file would read as "clean".
 */
public final class LintRun {

  /** Largest standard input accepted (the parsers have their own, smaller, limits). */
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
    ManifestLoader loader = new ManifestLoader();
    Map<String, RuleMeta> rules = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    List<ManifestFile> manifestFiles = new ArrayList<>();
    for (LintInput input : inputs) {
      if (input.path() == null) {
        byte[] bytes = readStdin(stdin);
        if (ManifestLoader.looksLikeManifest(new String(bytes, StandardCharsets.UTF_8))) {
          manifestFiles.add(loader.load("-", bytes));
        } else {
          findings.addAll(dockerfiles.lint(DockerfileParser.parse("-", bytes), target));
          dockerfiles.linter().rules().forEach(r -> rules.put(r.meta().id(), r.meta()));
        }
      } else if (input.kind() == LintInput.Kind.MANIFESTS) {
        manifestFiles.add(loader.load(input.path()));
      } else {
        findings.addAll(dockerfiles.lint(DockerfileParser.parse(input.path()), target));
        dockerfiles.linter().rules().forEach(r -> rules.put(r.meta().id(), r.meta()));
      }
    }
    Map<String, Object> extras = Map.of();
    if (!manifestFiles.isEmpty()) {
      // made only when there are manifests: its 29 rules are start-up cost for a Dockerfile lint
      KubernetesLinting manifests = new KubernetesLinting(config.lint());
      ManifestLintResult result = manifests.lint(manifestFiles);
      findings.addAll(result.findings());
      manifests.rules().forEach(r -> rules.put(r.meta().id(), r.meta()));
      extras = result.reportExtras();
    }
    findings.sort(Finding.ORDER);
    return new LintReport(findings, new ArrayList<>(rules.values()), extras);
  }

  static byte[] readStdin(InputStream stdin) throws InputException {
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
