package dev.harden.fix.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.io.InputException;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.LintSettings;
import dev.harden.lint.k8s.KubernetesLinting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestFixerTest {

  private static final String POD =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web  # the web tier\nspec:\n  containers:\n"
          + "  - name: app\n    image: registry.example/app:1.2@sha256:abc\n";

  private static ManifestFixResult fix(String yaml, FixOptions options) throws InputException {
    return new ManifestFixer(options).fix(new ManifestLoader().parse("pod.yaml", yaml));
  }

  private static List<String> ruleIds(List<Fix> fixes) {
    return fixes.stream().map(f -> f.rule().id()).distinct().sorted().toList();
  }

  @Test
  void safeRunAppliesOnlySafeFixesAndListsTheSuggestedOnes() throws InputException {
    ManifestFixResult result = fix(POD, FixOptions.SAFE_ONLY);
    assertThat(ruleIds(result.applied())).containsExactly("K8S008", "K8S010");
    assertThat(result.applied()).allMatch(f -> f.safety() == FixSafety.SAFE);
    assertThat(result.after())
        .isEqualTo(
            POD
                + "    securityContext:\n      allowPrivilegeEscalation: false\n"
                + "  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n");
    assertThat(ruleIds(result.notApplied())).containsExactly("K8S001", "K8S004", "K8S005", "K8S026");
    assertThat(result.notApplied()).allMatch(f -> f.safety() == FixSafety.SUGGESTED && !f.reason().isBlank());
  }

  @Test
  void unsafeRunAppliesEverythingAndTheResultRelintsClean() throws InputException {
    ManifestFixResult result = fix(POD, FixOptions.UNSAFE);
    assertThat(result.after())
        .isEqualTo(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web  # the web tier\nspec:\n  containers:\n"
                + "  - name: app\n    image: registry.example/app:1.2@sha256:abc\n"
                + "    securityContext:\n"
                + "      capabilities:\n        drop:\n        - ALL\n"
                + "      readOnlyRootFilesystem: true\n"
                + "      runAsNonRoot: true\n"
                + "      allowPrivilegeEscalation: false\n"
                + "    volumeMounts:\n    - name: tmp\n      mountPath: /tmp\n"
                + "  automountServiceAccountToken: false\n"
                + "  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n"
                + "  volumes:\n  - name: tmp\n    emptyDir: {}\n");
    assertThat(result.notApplied()).isEmpty();
    var relint = new KubernetesLinting(LintSettings.DEFAULTS)
        .lint(new ManifestLoader().parse("pod.yaml", result.after()));
    assertThat(relint.findings()).extracting(f -> f.rule().id()).containsOnly("K8S027", "K8S028");
    assertThat(relint.workloads().get(0).pss()).isEqualTo("restricted");
  }

  @Test
  void fixingTwiceChangesNothing() throws InputException {
    for (FixOptions options : List.of(FixOptions.SAFE_ONLY, FixOptions.UNSAFE)) {
      String once = fix(POD, options).after();
      ManifestFixResult twice = fix(once, options);
      assertThat(twice.changed()).isFalse();
      assertThat(twice.applied()).isEmpty();
    }
  }

  @Test
  void wrongValuesAreChangedInPlace() throws InputException {
    String yaml =
        POD + "    securityContext:\n      readOnlyRootFilesystem: false # was needed once\n"
            + "      allowPrivilegeEscalation: true\n      runAsNonRoot: false\n";
    String after = fix(yaml, FixOptions.UNSAFE).after();
    assertThat(after)
        .contains("      readOnlyRootFilesystem: true # was needed once\n      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n");
  }

  @Test
  void noPrivilegeEscalationFixForPrivilegedContainers() throws InputException {
    String yaml = POD + "    securityContext:\n      privileged: true\n";
    ManifestFixResult result = fix(yaml, FixOptions.SAFE_ONLY);
    assertThat(ruleIds(result.applied())).containsExactly("K8S010");
    assertThat(result.after()).doesNotContain("allowPrivilegeEscalation");
  }

  @Test
  void noRunAsNonRootFixWhenTheContainerIsToldToRunAsRoot() throws InputException {
    String yaml = POD + "    securityContext:\n      runAsUser: 0\n";
    assertThat(fix(yaml, FixOptions.UNSAFE).after()).doesNotContain("runAsNonRoot");
  }

  @Test
  void imageFactsAddANumericUserAndKeepDeclaredVolumesWritable() throws InputException {
    ImageFactsSource images =
        ref -> Optional.of(new ImageFacts("nginx", OptionalLong.of(101), List.of("/var/cache/nginx/", "/tmp")));
    FixOptions options = new FixOptions(true, images, LintSettings.DEFAULTS);
    String after = fix(POD, options).after();
    assertThat(after)
        .contains("      runAsNonRoot: true\n      runAsUser: 101\n")
        .contains("    volumeMounts:\n    - name: tmp\n      mountPath: /tmp\n"
            + "    - name: var-cache-nginx\n      mountPath: /var/cache/nginx\n")
        .contains("  volumes:\n  - name: tmp\n    emptyDir: {}\n  - name: var-cache-nginx\n    emptyDir: {}\n");
    ImageFactsSource root = ref -> Optional.of(new ImageFacts("", OptionalLong.empty(), List.of()));
    assertThat(fix(POD, new FixOptions(true, root, LintSettings.DEFAULTS)).after()).contains("runAsUser: 65532");
    ImageFactsSource numeric = ref -> Optional.of(new ImageFacts("1000:1000", OptionalLong.empty(), List.of()));
    assertThat(fix(POD, new FixOptions(true, numeric, LintSettings.DEFAULTS)).after()).doesNotContain("runAsUser");
  }

  @Test
  void existingTmpMountsAndVolumesAreReused() throws InputException {
    String mounted = POD + "    volumeMounts:\n    - {name: scratch, mountPath: /tmp/}\n  volumes:\n  - name: scratch\n    emptyDir: {}\n";
    String after = fix(mounted, FixOptions.UNSAFE).after();
    assertThat(after).doesNotContain("name: tmp");
    String sameName =
        POD.replace("  containers:\n", "  volumes:\n  - name: tmp\n    emptyDir: {medium: Memory}\n  containers:\n");
    String reused = fix(sameName, FixOptions.UNSAFE).after();
    assertThat(reused).contains("    - name: tmp\n      mountPath: /tmp\n");
    assertThat(reused.split("emptyDir", -1)).hasSize(2);
    String taken = POD.replace("  containers:\n", "  volumes:\n  - name: tmp\n    configMap: {name: x}\n  containers:\n");
    assertThat(fix(taken, FixOptions.UNSAFE).after()).contains("name: tmp-writable");
  }

  @Test
  void ignoredRulesAreNotFixed() throws InputException {
    FixOptions options =
        new FixOptions(true, ImageFactsSource.NONE, new LintSettings(Set.of("K8S004", "KSV-0030"), Map.of(), List.of()));
    String after = fix(POD, options).after();
    assertThat(after).doesNotContain("readOnlyRootFilesystem").doesNotContain("seccompProfile").contains("drop:");
  }

  @Test
  void jsonManifestsAreFixedAsJson() throws Exception {
    String json =
        "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"web\"},\n"
            + "  \"spec\": {\n    \"containers\": [\n      {\"name\": \"app\", \"image\": \"app:1@sha256:abc\"}\n    ]\n  }\n}\n";
    ManifestFixResult result = fix(json, FixOptions.UNSAFE);
    assertThat(result.after())
        .isEqualTo(
            "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"web\"},\n"
                + "  \"spec\": {\n    \"containers\": [\n      {\"name\": \"app\", \"image\": \"app:1@sha256:abc\", "
                + "\"securityContext\": {\"capabilities\": {\"drop\": [\"ALL\"]}, \"readOnlyRootFilesystem\": true, "
                + "\"runAsNonRoot\": true, \"allowPrivilegeEscalation\": false}, "
                + "\"volumeMounts\": [{\"name\": \"tmp\", \"mountPath\": \"/tmp\"}]}\n    ],\n"
                + "    \"automountServiceAccountToken\": false,\n"
                + "    \"volumes\": [{\"name\": \"tmp\", \"emptyDir\": {}}],\n"
                + "    \"securityContext\": {\"seccompProfile\": {\"type\": \"RuntimeDefault\"}}\n  }\n}\n");
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.after());
  }

  @Test
  void fillsAnEmptySecurityContextAndFixesInsideListKinds() throws InputException {
    String list =
        "apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: d}\n"
            + "  spec:\n    template:\n      spec:\n        containers:\n        - name: app\n"
            + "          image: app:1@sha256:abc\n          securityContext:\n";
    ManifestFixResult result = fix(list, FixOptions.UNSAFE);
    assertThat(result.applied()).isNotEmpty();
    assertThat(result.applied().get(0).location().details().get("pointer")).startsWith("/items/0/spec/template/spec");
    var relint = new KubernetesLinting(LintSettings.DEFAULTS).lint(new ManifestLoader().parse("l.yaml", result.after()));
    assertThat(relint.findings()).extracting(f -> f.rule().id()).containsOnly("K8S027", "K8S028");
    assertThat(result.after()).contains(
        "          securityContext:\n            capabilities:\n              drop:\n              - ALL\n");
    assertThat(fix(result.after(), FixOptions.UNSAFE).changed()).isFalse();
  }
}
