package dev.harden.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.fix.k8s.FixOptions;
import dev.harden.fix.k8s.ManifestFixResult;
import dev.harden.io.InputException;
import dev.harden.lint.LintSettings;
import dev.harden.lint.k8s.ManifestLintResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesManifestsTest {

  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n";

  private final KubernetesManifests manifests = new KubernetesManifests(LintSettings.DEFAULTS, FixOptions.SAFE_ONLY);

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lintsDirectoriesFilesAndStandardInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pod.yaml"), POD);
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/ignored.yaml"), "{{ not yaml");
    String json = "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"q\"}, \"spec\": {\"containers\": [{\"name\": \"b\"}]}}";
    ManifestLintResult result = manifests.lint(List.of(dir.toString(), "-"), stdin(json));
    assertThat(result.workloads()).extracting(w -> w.file() + " " + w.object())
        .containsExactly(dir.resolve("pod.yaml") + " Pod/p", "- Pod/q");
    assertThat(result.findings()).isNotEmpty().allMatch(f -> f.rule().id().startsWith("K8S"));
  }

  @Test
  void fixReturnsTheNewTextPerFile(@TempDir Path dir) throws Exception {
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    List<ManifestFixResult> results = manifests.fix(List.of(pod.toString()), stdin(""));
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.changed()).isTrue();
      assertThat(r.after()).contains("allowPrivilegeEscalation: false").contains("type: RuntimeDefault");
      assertThat(r.diff()).startsWith("--- a/" + pod);
      assertThat(Files.readString(pod)).isEqualTo(POD); // nothing is written: the caller decides
    });
  }

  @Test
  void badInputNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "kind: Pod\nspec:\n\tcontainers: []\n");
    assertThatThrownBy(() -> manifests.lint(List.of(bad.toString()), stdin("")))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.source()).isEqualTo(bad.toString());
          assertThat(e.line()).isEqualTo(3);
        });
    assertThatThrownBy(() -> manifests.lint(List.of(dir.resolve("missing.yaml").toString()), stdin("")))
        .isInstanceOf(InputException.class);
  }
}
