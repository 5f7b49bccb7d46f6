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

class Hd078LabelUrlTest {

  private final RuleTester plain = RuleTester.of(new Hd078LabelUrl());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.source", LabelSchema.Type.URL, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.source=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("example.com/x"));
  }

  @Test
  void absoluteUrisPass() {
    for (String value : List.of(
        "https://github.com/acme/app", "http://example.com:8080/x?y=1#z",
        "git://example.com/repo.git", "mailto:team@example.com", "urn:isbn:0451450523",
        "ssh://git@example.com/acme/app", "https://build_host.example.com/x")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void valuesWithoutASchemeOrHost() {
    for (String value : List.of(
        "example.com/x", "github.com/acme/app", "not a url", "https://", "http:///path",
        "/relative/path", "https://exa mple.com", "ssh://git@/acme/app", "https:path")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("example.com/x")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.source").contains("example.com/x").contains("url");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"example.com/x\"\n"
        + "LABEL unlisted=\"example.com/x\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.source=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.source=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"example.com/x\"\nLABEL a.source=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.source=\"example.com/x\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.source=\"example.com/x\"\n");
  }
}
