package dev.harden.fix.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.Fix;
import dev.harden.io.InputException;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.k8s.KubernetesLinting;
import dev.harden.lint.k8s.ManifestLintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world manifest of ../shared/corpus/real-manifests loads, lints and fixes; the fixed
 * text loads, keeps every comment, re-lints without the fixed findings, and fixing it again changes
 * nothing. A few fixes are golden diffs (read once by a person; regenerate with
 * -Dgolden.update=true).
 */
class RealManifestsTest {

  static final Path DIR = Path.of("../shared/corpus/real-manifests");
  static final Path GOLDEN = Path.of("src/test/resources/golden/k8s-fix");

  static Stream<Path> manifests() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.sorted().toList().stream();
    }
  }

  private static final ManifestLoader LOADER = new ManifestLoader();

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void lintsAndFixes(Path path) throws InputException {
    ManifestFile file = LOADER.load(path);
    KubernetesLinting linting = new KubernetesLinting(LintSettings.DEFAULTS);
    ManifestLintResult before = linting.lint(file);
    assertThat(before.workloads()).isNotEmpty();

    for (FixOptions options : List.of(FixOptions.SAFE_ONLY, FixOptions.UNSAFE)) {
      ManifestFixResult fixed = new ManifestFixer(options).fix(file);
      ManifestFile after = LOADER.parse(path.toString(), fixed.after());
      ManifestLintResult relint = linting.lint(after);
      // nothing that was fixed is still found
      for (Fix fix : fixed.applied()) {
        assertThat(relint.findings())
            .as("%s still found after its fix", fix.description())
            .noneMatch(f -> sameFinding(f, fix));
      }
      if (options.unsafe()) {
        assertThat(fixed.notApplied()).isEmpty();
      }
      assertThat(comments(fixed.after())).isEqualTo(comments(fixed.before()));
      assertThat(relint.workloads()).hasSameSizeAs(before.workloads());
      ManifestFixResult again = new ManifestFixer(options).fix(after);
      assertThat(again.changed()).as("second fix of %s changed it:%n%s", path, again.diff()).isFalse();
    }
  }

  private static boolean sameFinding(Finding f, Fix fix) {
    return f.rule().id().equals(fix.rule().id())
        && f.location().details().equals(fix.location().details());
  }

  /** Every comment line, in order: fixes must keep them all. */
  private static List<String> comments(String text) {
    return text.lines().map(String::strip).filter(l -> l.startsWith("#")).toList();
  }

  @Test
  void goldenDiffs() throws Exception {
    golden("GoogleCloudPlatform_microservices-demo__release_kubernetes-manifests.yaml", FixOptions.SAFE_ONLY, "microservices-demo-release.safe.diff");
    golden("GoogleCloudPlatform_microservices-demo__release_kubernetes-manifests.yaml", FixOptions.UNSAFE, "microservices-demo-release.unsafe.diff");
    golden("kubernetes_examples__web_guestbook_all-in-one_guestbook-all-in-one.yaml", FixOptions.UNSAFE, "guestbook-all-in-one.unsafe.diff");
    golden("kubernetes_examples__databases_cassandra_cassandra-statefulset.yaml", FixOptions.UNSAFE, "cassandra-statefulset.unsafe.diff");
    golden("fluent_fluentd-kubernetes-daemonset__fluentd-daemonset-forward.yaml", FixOptions.UNSAFE, "fluentd-daemonset-forward.unsafe.diff");
  }

  private static void golden(String manifest, FixOptions options, String goldenName) throws Exception {
    ManifestFile file = LOADER.load(DIR.resolve(manifest));
    String diff = new ManifestFixer(options).fix(file).diff().replace(DIR.toString() + "/", "");
    Path golden = GOLDEN.resolve(goldenName);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, diff, StandardCharsets.UTF_8);
    }
    assertThat(diff).as("golden %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
