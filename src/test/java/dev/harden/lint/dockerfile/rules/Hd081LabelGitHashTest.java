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

class Hd081LabelGitHashTest {

  private final RuleTester plain = RuleTester.of(new Hd081LabelGitHash());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.revision", LabelSchema.Type.HASH, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.revision=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("0F3C9A1"));
  }

  @Test
  void fullAndAbbreviatedIdsPass() {
    for (String value : List.of(
        "0f3c9a1", "0f3c9a1b2c", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void branchNamesUpperCaseAndWrongLengths() {
    for (String value : List.of(
        "0F3C9A1", "abc123", "da39a3ee5e6b4b0d3255bfef95601890afd807090", "v1.2.3", "main",
        "0f3c9a1-dirty", "g0f3c9a1")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("0F3C9A1")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.revision").contains("0F3C9A1").contains("hash");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"0F3C9A1\"\n"
        + "LABEL unlisted=\"0F3C9A1\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.revision=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.revision=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"0F3C9A1\"\nLABEL a.revision=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.revision=\"0F3C9A1\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.revision=\"0F3C9A1\"\n");
  }
}
