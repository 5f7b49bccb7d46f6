package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.LintSettings;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hd082LabelSemverTest {

  private final RuleTester plain = RuleTester.of(new Hd082LabelSemver());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.version", LabelSchema.Type.SEMVER, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.version=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("v1.0.0"));
  }

  @Test
  void semanticVersionsPass() {
    for (String value : List.of(
        "1.0.0", "0.0.4", "10.20.30", "1.0.0-alpha.1+build.5", "1.0.0-0A.is.legal",
        "1.1.2+meta-valid", "2.0.0-rc.1")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void prefixesShortVersionsAndLeadingZeros() {
    for (String value : List.of(
        "v1.0.0", "1.0", "01.0.0", "1.0.0-01", "1.0.0+", "latest", "1.0.0-", "1.2.3.4",
        "1.0.0-alpha..1")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("v1.0.0")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.version").contains("v1.0.0").contains("semver");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"v1.0.0\"\n"
        + "LABEL unlisted=\"v1.0.0\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.version=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.version=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"v1.0.0\"\nLABEL a.version=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.version=\"v1.0.0\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.version=\"v1.0.0\"\n");
  }
}
