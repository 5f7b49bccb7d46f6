package dev.harden.lint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;
import dev.harden.k8s.Workload;
import dev.harden.lint.Finding;
import dev.harden.lint.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of Trivy's Kubernetes checks whose check one of our rules names as an alias gives
 * Trivy's verdict: it fails exactly when a rule aliasing the check reports something. Where
 * several rules split one Trivy check (KSV-0106: drop ALL and add back only NET_BIND_SERVICE),
 * they all alias it and the check fails when any of them reports.
 */
class TrivyKsvCorpusTest {

  /** The Trivy checks its Pod Security Standards reports are made of (k8s-pss-*-0.1). */
  static final Set<String> PSS_BASELINE =
      Set.of(
          "KSV-0103", "KSV-0008", "KSV-0017", "KSV-0022", "KSV-0023", "KSV-0024", "KSV-0002",
          "KSV-0025", "KSV-0027", "KSV-0104", "KSV-0026");

  static final Set<String> PSS_RESTRICTED =
      Set.of("KSV-0028", "KSV-0001", "KSV-0012", "KSV-0105", "KSV-0030", "KSV-0106");

  static Stream<Arguments> coveredCases() {
    return Corpus.rows("trivy-ksv-cases.jsonl").stream()
        .filter(r -> !rules(r).isEmpty())
        .map(r -> Arguments.of(r.get("check_id").asText() + " " + r.get("test").asText(), r));
  }

  private static List<Rule<Workload>> rules(JsonNode row) {
    String shortId = row.hasNonNull("short_id") ? row.get("short_id").asText() : null;
    return Corpus.rulesAliasing(row.get("check_id").asText(), shortId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coveredCases")
  void givesTrivysVerdict(String name, JsonNode row) throws InputException {
    List<Finding> findings = Corpus.lint("case.yaml", row.get("input").asText(), rules(row));
    boolean expectFail = row.get("expect").asText().equals("fail");
    assertThat(!findings.isEmpty())
        .as("%s expects %s; findings: %s", name, row.get("expect").asText(), findings)
        .isEqualTo(expectFail);
  }

  @Test
  void coversEveryPodSecurityStandardsCheck() {
    Set<String> all = new TreeSet<>();
    Set<String> covered = new TreeSet<>();
    int cases = 0;
    for (JsonNode row : Corpus.rows("trivy-ksv-cases.jsonl")) {
      String id = row.get("check_id").asText();
      if (!id.startsWith("KSV")) {
        continue;
      }
      all.add(id);
      if (!rules(row).isEmpty()) {
        covered.add(id);
        cases++;
      }
    }
    System.out.printf(
        "Trivy KSV coverage: %d of %d checks aliased (%d cases): %s%n",
        covered.size(), all.size(), cases, covered);
    assertThat(covered).containsAll(PSS_BASELINE).containsAll(PSS_RESTRICTED);
  }
}
