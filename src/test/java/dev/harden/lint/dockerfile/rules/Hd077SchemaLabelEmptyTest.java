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

class Hd077SchemaLabelEmptyTest {

  private final RuleTester plain = RuleTester.of(new Hd077SchemaLabelEmpty());
  private final RuleTester rule = plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
      new LabelSchema(Map.of("a.title", LabelSchema.Type.TEXT,
          "a.source", LabelSchema.Type.URL), false)));

  @Test
  void silentWithoutASchema() {
    plain.passes("FROM alpine:3.20\nLABEL a.title=\"\"\n");
  }

  @Test
  void emptyAndBlankSchemaLabels() {
    Finding f = rule.catches(1, "FROM alpine:3.20\nLABEL a.title=\"\"\n").get(0);
    assertThat(f.message()).contains("a.title").contains("empty");
    assertThat(f.location().line()).isEqualTo(2);
    rule.catches(1, "FROM alpine:3.20\nLABEL a.source=\"  \"\n");
    rule.catches(2, "FROM alpine:3.20\nLABEL a.title='' \\\n  a.source=\"\"\n");
    rule.catches(1, "FROM alpine:3.20\nONBUILD LABEL a.title=\"\"\n");
  }

  @Test
  void valuesAndOtherLabelsPass() {
    rule.passes("FROM alpine:3.20\nLABEL a.title=app a.source=https://x other=\"\"\n");
  }

  @Test
  void valuesFromVariablesAreOnlyKnownAtBuildTime() {
    rule.passes("FROM alpine:3.20\nARG TITLE\nLABEL a.title=$TITLE\n");
    rule.passes("FROM alpine:3.20\nLABEL a.title=${FROM_THE_BASE_IMAGE}\n");
    rule.passes("FROM alpine:3.20\nARG TITLE=\nLABEL a.title=\"${TITLE}\"\n");
  }
}
