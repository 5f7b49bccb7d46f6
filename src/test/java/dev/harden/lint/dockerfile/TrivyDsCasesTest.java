package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.builtin.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of Trivy's Dockerfile checks (../shared/corpus/trivy-ds-cases.jsonl) whose check is
 * an alias of one of our rules must give Trivy's verdict: "fail" when one of those rules finds
 * something, "pass" when none does.
 */
class TrivyDsCasesTest {

  static final Path CASES = Path.of("../shared/corpus/trivy-ds-cases.jsonl");
  static final Set<String> COVERED = new TreeSet<>();
  static final Set<String> ALL_CHECKS = new TreeSet<>();

  /**
   * Cases whose verdict we cannot or do not follow, each with the reason. Keep this short: a case
   * belongs here only when its input is broken or Trivy's verdict is one we disagree with.
   */
  static final Map<String, String> EXCLUDED =
      Map.of(
          "DS-0006 test_extra_spaces_denied",
          "the input rebuilt from Trivy's parsed form lost the alias: the stage name says"
              + " 'golang:1.7.3 as   dep' but its FROM command has no AS dep, so nothing copies"
              + " from its own stage",
          "DS-0012 test_basic_allowed",
          "the input rebuilt from Trivy's parsed form names both stages 'build' (the FROM"
              + " commands say AS build; only Trivy's stage names say build2 and build1), so the"
              + " rebuilt file does have a duplicate",
          "DS-0026 test_denied",
          "deliberate: HD072 reports only images that EXPOSE a port; this one runs ./app with no"
              + " port, like the CLI tools and batch jobs for which a HEALTHCHECK means nothing",
          "DS-0001 test_with_variables_denied",
          "deliberate: IMAGE is an ARG of the first stage, not a global one, so BuildKit expands"
              + " FROM $IMAGE to nothing and the build fails; there is no tag to judge (Trivy"
              + " reads the stage ARG)",
          "DS-0015 test_basic_denied",
          "deliberate: the RUN without yum clean all is in a build stage whose files never reach"
              + " the image; harden's cache-cleanup rules judge only the final image (HD027)",
          "DS-0025 test_basic_denied",
          "deliberate: the apk add without --no-cache is in a build stage whose files never"
              + " reach the image; harden's cache-cleanup rules judge only the final image"
              + " (HD020)");

  record Case(String checkId, String shortId, String test, String expect, String input) {
    @Override
    public String toString() {
      return checkId + " " + test + " (" + expect + ")";
    }
  }

  static Stream<Case> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(CASES)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      out.add(new Case(c.path("check_id").asText(), c.path("short_id").asText(),
          c.path("test").asText(), c.path("expect").asText(), c.path("input").asText()));
      ALL_CHECKS.add(c.path("check_id").asText());
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictMatchesTrivy(Case c) {
    List<DockerfileRule> aliased = BuiltinRules.dockerfile(LintSettings.DEFAULTS).stream()
        .filter(r -> r.meta().answersTo(c.checkId()) || r.meta().answersTo(c.shortId()))
        .toList();
    Assumptions.assumeFalse(aliased.isEmpty(), "no rule aliases " + c.checkId());
    String excluded = EXCLUDED.get(c.checkId() + " " + c.test());
    Assumptions.assumeTrue(excluded == null, () -> "excluded: " + excluded);
    COVERED.add(c.checkId());
    List<Finding> findings;
    try {
      findings = new DockerfileLinter(aliased, LintSettings.DEFAULTS)
          .lint(DockerfileParser.parse("Dockerfile", c.input()), Optional.empty());
    } catch (InputException e) {
      // inputs rebuilt from Trivy's parsed form are sometimes not valid Dockerfiles
      Assumptions.abort("input does not parse: " + e.describe());
      return;
    }
    if (c.expect().equals("fail")) {
      assertThat(findings).as("expected a finding for %s on:%n%s", c, c.input()).isNotEmpty();
    } else {
      assertThat(findings).as("expected no finding for %s on:%n%s", c, c.input()).isEmpty();
    }
  }

  @AfterAll
  static void printCoverage() {
    System.out.println("Trivy DS checks aliased by harden rules: " + COVERED.size() + " of "
        + ALL_CHECKS.size() + " " + COVERED + "; " + EXCLUDED.size()
        + " cases excluded, each with its reason");
  }
}
