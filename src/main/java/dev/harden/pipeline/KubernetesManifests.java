package dev.harden.pipeline;

import dev.harden.fix.k8s.FixOptions;
import dev.harden.fix.k8s.ManifestFixResult;
import dev.harden.fix.k8s.ManifestFixer;
import dev.harden.io.InputException;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.LintSettings;
import dev.harden.lint.k8s.KubernetesLinting;
import dev.harden.lint.k8s.ManifestLintResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code harden lint} and {@code harden fix} for Kubernetes manifests in one call: targets (files,
 * directories, {@code -} for standard input) in; findings with each workload's Pod Security level,
 * or fixed texts, out. Directories are searched as {@link LintTargets} does; Dockerfiles among the
 * targets are left to the Dockerfile side.
 */
public final class KubernetesManifests {

  private final ManifestLoader loader;
  private final KubernetesLinting linting;
  private final ManifestFixer fixer;

  public KubernetesManifests(LintSettings settings, FixOptions fixOptions, ManifestLoader loader) {
    this.loader = loader;
    this.linting = new KubernetesLinting(settings);
    this.fixer = new ManifestFixer(fixOptions, loader);
  }

  public KubernetesManifests(LintSettings settings, FixOptions fixOptions) {
    this(settings, fixOptions, new ManifestLoader());
  }

  /**
   * The manifest files among {@code targets}, loaded. {@code -} reads {@code stdin} as manifests;
   * call {@link ManifestLoader#looksLikeManifest} first when it could be a Dockerfile.
   */
  public List<ManifestFile> load(List<String> targets, InputStream stdin) throws InputException {
    List<ManifestFile> files = new ArrayList<>();
    for (String target : targets) {
      if (target.equals("-")) {
        files.add(loader.load("-", stdin));
        continue;
      }
      for (LintInput input : LintTargets.expand(List.of(target), true)) {
        if (input.kind() == LintInput.Kind.MANIFESTS) {
          files.add(loader.load(input.path()));
        }
      }
    }
    return files;
  }

  public ManifestLintResult lint(List<String> targets, InputStream stdin) throws InputException {
    return linting.lint(load(targets, stdin));
  }

  /** One result per file, changed or not; the caller writes {@code after()} back or prints the diff. */
  public List<ManifestFixResult> fix(List<String> targets, InputStream stdin) throws InputException {
    List<ManifestFixResult> results = new ArrayList<>();
    for (ManifestFile file : load(targets, stdin)) {
      results.add(fixer.fix(file));
    }
    return results;
  }

  /** Loads one file (for callers that expand targets themselves). */
  public ManifestFile load(Path file) throws InputException {
    return loader.load(file);
  }
}
