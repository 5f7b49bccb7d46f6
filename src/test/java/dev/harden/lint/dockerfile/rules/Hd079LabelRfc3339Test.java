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

class Hd079LabelRfc3339Test {

  private final RuleTester plain = RuleTester.of(new Hd079LabelRfc3339());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.created", LabelSchema.Type.RFC3339, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.created=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("2026-03-01"));
  }

  @Test
  void dateTimesWithAZonePass() {
    for (String value : List.of(
        "2026-03-01T12:00:00Z", "2026-03-01t12:00:00.123456+01:00", "2016-12-31T23:59:60Z",
        "2024-02-29T00:00:00-05:30", "2026-03-01T12:00:00z")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void datesWithoutTimeZoneOrThatDoNotExist() {
    for (String value : List.of(
        "2026-03-01", "2026-02-30T00:00:00Z", "2026-03-01 12:00:00Z", "2026-03-01T12:00:00",
        "2026-03-01T24:00:00Z", "2026-03-01T12:00Z", "1709294400", "2026-3-1T12:00:00Z",
        "2026-03-01T12:00:00+0100")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("2026-03-01")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.created").contains("2026-03-01").contains("rfc3339");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"2026-03-01\"\n"
        + "LABEL unlisted=\"2026-03-01\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.created=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.created=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"2026-03-01\"\nLABEL a.created=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.created=\"2026-03-01\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.created=\"2026-03-01\"\n");
  }
}
