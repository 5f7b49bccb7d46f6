package dev.harden.lint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.json.JsonLintReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubernetesLintingTest {

  private static final Path RELEASE =
      Path.of("../shared/corpus/real-manifests/GoogleCloudPlatform_microservices-demo__release_kubernetes-manifests.yaml");

  @Test
  void microservicesDemoReleaseHasTwelveBaselineDeployments() throws Exception {
    ManifestLintResult result =
        new KubernetesLinting(LintSettings.DEFAULTS).lint(new ManifestLoader().load(RELEASE));
    assertThat(result.workloads()).hasSize(12); // the file has 12 Deployments (and a Service per tier)
    assertThat(result.workloads()).allSatisfy(w -> {
      assertThat(w.object()).startsWith("Deployment/");
      assertThat(w.pss()).isEqualTo("baseline");
      assertThat(w.failedControls()).containsExactly("PSS:restricted:seccomp");
    });
    assertThat(result.workloads().get(0)).isEqualTo(
        new WorkloadAssessment(RELEASE.toString(), 0, 21, "Deployment/frontend", "baseline",
            List.of("PSS:restricted:seccomp")));
    // already hardened: no capability, root or read-only findings at all
    assertThat(result.findings()).extracting(f -> f.rule().id())
        .doesNotContain("K8S001", "K8S004", "K8S005", "K8S006", "K8S008", "K8S009");
    Finding seccomp = result.findings().stream().filter(f -> f.rule().id().equals("K8S010")).findFirst().orElseThrow();
    assertThat(seccomp.location().line()).isEqualTo(45);
    assertThat(seccomp.location().details()).containsEntry("container", "server")
        .containsEntry("pointer", "/spec/template/spec/containers/0/securityContext/seccompProfile/type");
  }

  @Test
  void ignoringARuleDoesNotRaiseTheLevel() throws Exception {
    String privileged = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers:\n  - name: a\n";
    ManifestLintResult result = new KubernetesLinting(new LintSettings(Set.of("K8S013"), Map.of(), List.of()))
        .lint(new ManifestLoader().parse("p.yaml", privileged));
    assertThat(result.findings()).extracting(f -> f.rule().id()).doesNotContain("K8S013");
    assertThat(result.workloads().get(0).pss()).isEqualTo("privileged");
    assertThat(result.workloads().get(0).failedControls()).contains("PSS:baseline:hostNamespaces");
  }

  @Test
  void aRestrictedPodIsRestricted() throws Exception {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns}\nspec:\n"
        + "  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n"
        + "  containers:\n  - name: a\n    securityContext:\n      allowPrivilegeEscalation: false\n"
        + "      capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}\n";
    ManifestLintResult result = new KubernetesLinting(LintSettings.DEFAULTS).lint(new ManifestLoader().parse("p.yaml", pod));
    assertThat(result.workloads()).singleElement().satisfies(w -> {
      assertThat(w.pss()).isEqualTo("restricted");
      assertThat(w.failedControls()).isEmpty();
      assertThat(w.object()).isEqualTo("Pod/ns/p");
    });
  }

  @Test
  void theJsonReportCarriesTheWorkloads() throws Exception {
    ManifestLintResult result =
        new KubernetesLinting(LintSettings.DEFAULTS).lint(new ManifestLoader().load(RELEASE));
    String json = new JsonLintReporter().render(
        new LintReport(result.findings(), List.of(), result.reportExtras()), RenderOptions.plain("test"));
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode first = root.get("workloads").get(0);
    assertThat(first.get("object").asText()).isEqualTo("Deployment/frontend");
    assertThat(first.get("pss").asText()).isEqualTo("baseline");
    assertThat(first.get("failedControls").get(0).asText()).isEqualTo("PSS:restricted:seccomp");
    assertThat(first.get("line").asInt()).isEqualTo(21);
    JsonNode finding = root.get("findings").get(0);
    assertThat(finding.has("object")).isTrue();
    assertThat(finding.has("pointer")).isTrue();
    assertThat(finding.has("document")).isTrue();
  }
}
