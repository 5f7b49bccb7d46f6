package dev.harden.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.lint.Finding;
import dev.harden.lint.Location;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.report.Json;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifLintReporterTest {

  static final RuleMeta ROOT =
      RuleMeta.of("HD900", RuleKind.DOCKERFILE, "Run the final stage as a non-root user")
          .severity(Severity.ERROR).aliases("DL3002", "DS-0002").hardening(4).fixable()
          .rationale("A root process owns the container.").build();
  static final RuleMeta QUIET =
      RuleMeta.of("HD901", RuleKind.DOCKERFILE, "Something that found nothing")
          .severity(Severity.STYLE).build();

  @Test
  void writesValidSarifWithRulesAndLocatedResults() throws Exception {
    Finding f = new Finding(ROOT, Severity.WARNING, Location.of("./app/Dockerfile", 3, 1)
        .with("stage", "final"), "last USER is root");
    String sarif = new SarifLintReporter().render(new LintReport(List.of(f), List.of(ROOT, QUIET)),
        RenderOptions.plain("1.2.3"));
    JsonNode doc = Json.mapper().readTree(sarif);

    assertThat(SarifSchema.violations(doc)).isEmpty();
    JsonNode run = doc.path("runs").get(0);
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(run.at("/tool/driver/rules")).hasSize(2);
    JsonNode rule = run.at("/tool/driver/rules/0");
    assertThat(rule.path("helpUri").asText()).endsWith("docs/rules/HD900.md");
    assertThat(rule.at("/properties/aliases").toString()).isEqualTo("[\"DL3002\",\"DS-0002\"]");
    assertThat(rule.at("/properties/hardening").asInt()).isEqualTo(4);
    JsonNode result = run.at("/results/0");
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(result.path("ruleIndex").asInt()).isZero();
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("app/Dockerfile");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(result.at("/partialFingerprints/harden~1v1").asText()).hasSize(32);
  }

  @Test
  void schemaCatchesABrokenLog() throws Exception {
    JsonNode broken = Json.mapper().readTree("{\"version\":\"2.0.0\",\"runs\":[]}");
    assertThat(SarifSchema.violations(broken)).isNotEmpty();
  }
}
