package dev.harden.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.fix.k8s.FixOptions;
import dev.harden.fix.k8s.ManifestFixResult;
import dev.harden.fix.k8s.ManifestFixer;
import dev.harden.io.InputException;
import dev.harden.lint.LintSettings;
import dev.harden.lint.k8s.KubernetesLinting;

/**
 * Fuzzes the manifest loader (YAML and JSON, with positions and limits) and what runs on what it
 * loads: the Kubernetes rules and the text-patching fixer. A file is loaded or refused with an
 * {@link InputException}; the rules and the fixer never throw on a loaded file, and a fixed text
 * loads again. Regression inputs: {@code ManifestFuzzTestInputs/}.
 */
class ManifestFuzzTest {

  private static final ManifestLoader LOADER = new ManifestLoader();

  @FuzzTest(maxDuration = "20s")
  void loadLintAndFix(byte[] bytes) throws InputException {
    ManifestFile file;
    try {
      file = LOADER.load("fuzz.yaml", bytes);
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo("fuzz.yaml");
      return;
    }
    new KubernetesLinting(LintSettings.DEFAULTS).lint(file);
    ManifestFixResult fixed = new ManifestFixer(FixOptions.UNSAFE, LOADER).fix(file);
    if (fixed.changed()) {
      LOADER.parse("fuzz.yaml", fixed.after());
    }
  }
}
