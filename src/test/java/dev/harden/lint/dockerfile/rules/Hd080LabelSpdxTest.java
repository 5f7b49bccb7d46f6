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

class Hd080LabelSpdxTest {

  private final RuleTester plain = RuleTester.of(new Hd080LabelSpdx());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.licenses", LabelSchema.Type.SPDX, "other", LabelSchema.Type.TEXT),
          false)));

  private static String labelled(String value) {
    return "FROM alpine:3.20\nLABEL a.licenses=\"" + value.replace("\"", "\\\"") + "\"\n";
  }

  @Test
  void silentWithoutASchema() {
    plain.passes(labelled("Apache License 2.0"));
  }

  @Test
  void licenceIdsAndExpressionsPass() {
    for (String value : List.of(
        "Apache-2.0", "apache-2.0", "MIT OR Apache-2.0",
        "(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0",
        "LicenseRef-acme-proprietary", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
        "GPL-2.0+", "mit or apache-2.0", "(MIT)")) {
      rule.passes(labelled(value));
    }
  }

  @Test
  void freeNamesAndBrokenExpressions() {
    for (String value : List.of(
        "Apache License 2.0", "Apache 2", "MIT OR", "MIT AND (BSD-3-Clause", "Foo-1.0",
        "MIT WITH Nonexistent-exception", "MIT Or Apache-2.0", "()", "MIT,Apache-2.0")) {
      rule.catches(1, labelled(value));
    }
    Finding f = rule.catches(1, labelled("Apache License 2.0")).get(0);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message())
        .contains("a.licenses").contains("Apache License 2.0").contains("spdx");
  }

  @Test
  void onlyThisLabelEmptyValuesAndVariablesAreLeftAlone() {
    rule.passes("FROM alpine:3.20\nLABEL other=\"Apache License 2.0\"\n"
        + "LABEL unlisted=\"Apache License 2.0\"\n");
    rule.passes("FROM alpine:3.20\nLABEL a.licenses=\"\"\n");
    rule.passes("FROM alpine:3.20\nARG V\nLABEL a.licenses=$V\n");
    rule.passes("FROM alpine:3.20\nARG V=\"Apache License 2.0\"\nLABEL a.licenses=\"${V}\"\n");
  }

  @Test
  void onbuildTriggersAndEveryStageAreChecked() {
    rule.catches(2, "FROM alpine:3.20 AS build\nLABEL a.licenses=\"Apache License 2.0\"\n"
        + "FROM alpine:3.20\nONBUILD LABEL a.licenses=\"Apache License 2.0\"\n");
  }
}
