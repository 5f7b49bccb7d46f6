package dev.harden.lint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kube-linter's end-to-end cases for the checks our rules alias give kube-linter's report count.
 * kube-linter reports once per object and container, so findings are counted by (document, object,
 * container); a pod-level finding counts once for its object.
 */
class KubeLinterCorpusTest {

  static Stream<Arguments> aliasedCases() {
    return Corpus.rows("kube-linter-cases.jsonl").stream()
        .filter(r -> r.hasNonNull("check") && !Corpus.rulesAliasing(r.get("check").asText()).isEmpty())
        .map(r -> Arguments.of(r.get("check").asText(), r));
  }

  static long reports(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.location().details().get("document")
                    + "|"
                    + f.location().details().get("object")
                    + "|"
                    + f.location().details().getOrDefault("container", ""))
        .distinct()
        .count();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aliasedCases")
  void givesKubeLintersReportCount(String check, JsonNode row) throws InputException {
    List<Finding> findings =
        Corpus.lint(check + ".yaml", row.get("input").asText(), Corpus.rulesAliasing(check));
    assertThat(reports(findings))
        .as("%s: %s", check, findings.stream().map(Finding::message).collect(Collectors.toList()))
        .isEqualTo(row.get("expected_report_count").asLong());
  }

  @Test
  void printsCoverage() {
    Set<String> all = new TreeSet<>();
    Set<String> aliased = new TreeSet<>();
    for (JsonNode row : Corpus.rows("kube-linter-cases.jsonl")) {
      if (row.hasNonNull("check")) {
        all.add(row.get("check").asText());
        if (!Corpus.rulesAliasing(row.get("check").asText()).isEmpty()) {
          aliased.add(row.get("check").asText());
        }
      }
    }
    System.out.printf("kube-linter coverage: %d of %d checks aliased: %s%n", aliased.size(), all.size(), aliased);
    assertThat(aliased).hasSizeGreaterThanOrEqualTo(14);
  }
}
