package dev.harden.lint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;
import dev.harden.k8s.ContainerKind;
import dev.harden.k8s.KubeObject;
import dev.harden.k8s.ManifestLoader;
import dev.harden.k8s.Workload;
import dev.harden.lint.Finding;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kubesec's rule tests, where a kubesec rule means the same as the rules aliasing it. kubesec
 * rules return how many containers (or objects, or volumes) match their selector; a negative rule
 * matches what is wrong, a positive rule what is right. Rules aliased but counted differently by
 * kubesec are left out, each for the reason in {@link #NOT_COMPARABLE}.
 */
class KubesecCorpusTest {

  /** How to read a kubesec rule's return value against our findings. */
  enum Count {
    /** Matches wrong things: equals the number of distinct containers (or objects) we flag. */
    FLAGGED,
    /** Matches wrong volumes: equals the number of our findings. */
    FINDINGS,
    /** Matches right containers: equals the containers we do not flag. */
    UNFLAGGED_CONTAINERS
  }

  static final Map<String, Count> COMPARABLE =
      Map.ofEntries(
          Map.entry("Privileged", Count.FLAGGED),
          Map.entry("CapSysAdmin", Count.FLAGGED),
          Map.entry("HostNetwork", Count.FLAGGED),
          Map.entry("HostPID", Count.FLAGGED),
          Map.entry("HostIPC", Count.FLAGGED),
          Map.entry("DockerSock", Count.FINDINGS),
          Map.entry("ProcMount", Count.FINDINGS),
          Map.entry("ReadOnlyRootFilesystem", Count.UNFLAGGED_CONTAINERS),
          Map.entry("CapDropAll", Count.UNFLAGGED_CONTAINERS),
          Map.entry("LimitsCPU", Count.UNFLAGGED_CONTAINERS),
          Map.entry("LimitsMemory", Count.UNFLAGGED_CONTAINERS));

  static final Map<String, String> NOT_COMPARABLE =
      Map.of(
          "RunAsNonRoot", "kubesec counts the pod's and each container's explicit true together",
          "AllowPrivilegeEscalation", "kubesec penalises only an explicit true; K8S008 also reports the unset default",
          "SeccompUnconfined", "kubesec counts explicit Unconfined only, not the effective profile",
          "ApparmorUnconfined", "kubesec counts explicit Unconfined only, not the effective profile",
          "AutomountServiceAccountToken", "kubesec scores the pod-level field only; no cases");

  static Stream<Arguments> comparableCases() {
    return Corpus.rows("kubesec-cases.jsonl").stream()
        .filter(r -> COMPARABLE.containsKey(r.get("rule_func").asText()))
        .map(r -> Arguments.of(r.get("test").asText(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparableCases")
  void agreesWithKubesec(String test, JsonNode row) throws InputException {
    String ruleFunc = row.get("rule_func").asText();
    String input = row.get("input").asText();
    List<Finding> findings = Corpus.lint(test + ".yaml", input, Corpus.rulesAliasing(ruleFunc));
    long flagged = KubeLinterCorpusTest.reports(findings);
    long actual =
        switch (COMPARABLE.get(ruleFunc)) {
          case FLAGGED -> flagged;
          case FINDINGS -> findings.size();
          case UNFLAGGED_CONTAINERS -> containers(input) - flagged;
        };
    assertThat(actual).as("%s %s: %s", ruleFunc, test, findings).isEqualTo(row.get("expected_value").asLong());
  }

  private static long containers(String yaml) throws InputException {
    long n = 0;
    for (KubeObject o : KubeObject.of(new ManifestLoader().parse("case.yaml", yaml))) {
      n += Workload.of(o).map(w -> w.podSpec().containers().stream()
          .filter(c -> c.kind() != ContainerKind.EPHEMERAL).count()).orElse(0L);
    }
    return n;
  }

  @Test
  void everyAliasedKubesecRuleIsComparedOrExplained() {
    for (JsonNode row : Corpus.rows("kubesec-cases.jsonl")) {
      String ruleFunc = row.get("rule_func").asText();
      if (!Corpus.rulesAliasing(ruleFunc).isEmpty()) {
        assertThat(COMPARABLE.containsKey(ruleFunc) || NOT_COMPARABLE.containsKey(ruleFunc))
            .as(ruleFunc)
            .isTrue();
      }
    }
    long compared = comparableCases().count();
    System.out.printf("kubesec: %d cases of %d rules compared%n", compared, COMPARABLE.size());
    assertThat(compared).isGreaterThanOrEqualTo(30);
  }
}
