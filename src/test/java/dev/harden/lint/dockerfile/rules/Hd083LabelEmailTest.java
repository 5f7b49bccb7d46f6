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

class Hd083LabelEmailTest {

  private final RuleTester plain = RuleTester.of(new Hd083LabelEmail());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.authors", LabelSchema.Type.EMAIL, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.authors=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("Jane <jane@example.com>"));
  }

  @Test
  void addressesPass() {
    for (String value : List.of(
        "team@example.com", "first.last+tag@sub.example.co.uk", "\"john doe\"@example.com",
        "jörg@example.de", "admin@[192.168.0.1]", "root@localhost")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void namesListsAndBrokenAddresses() {
    for (String value : List.of(
        "Jane <jane@example.com>", "example.com", "a@b@c", "a..b@example.com", "a@",
        "@example.com", "a,b@example.com", "jane@example.com, joe@example.com")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("Jane <jane@example.com>")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.authors").contains("Jane <jane@example.com>").contains("email");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"Jane <jane@example.com>\"\n"
        + "LABEL unlisted=\"Jane <jane@example.com>\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.authors=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.authors=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"Jane <jane@example.com>\"\nLABEL a.authors=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.authors=\"Jane <jane@example.com>\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.authors=\"Jane <jane@example.com>\"\n");
  }
}
