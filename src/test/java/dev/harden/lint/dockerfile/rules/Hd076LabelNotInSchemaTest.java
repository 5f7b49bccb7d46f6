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

class Hd076LabelNotInSchemaTest {

  private final RuleTester plain = RuleTester.of(new Hd076LabelNotInSchema());

  private RuleTester schema(boolean strict) {
    return plain.with(new LintSettings(Set.of(), Map.of(), List.of(),
        new LabelSchema(Map.of("a.version", LabelSchema.Type.SEMVER), strict)));
  }

  @Test
  void silentWithoutASchemaOrWithoutStrictLabels() {
    plain.passes("FROM alpine:3.20\nLABEL anything=1\n");
    schema(false).passes("FROM alpine:3.20\nLABEL a.version=1.0.0 other=1\n");
  }

  @Test
  void strictReportsEachKeyOutsideTheSchema() {
    List<Finding> found = schema(true).catches(2,
        "FROM alpine:3.20\nLABEL a.version=1.0.0 extra=1 \\\n  \"more\"=2\n");
    assertThat(found.get(0).message()).contains("extra").contains("strictLabels");
    assertThat(found.get(0).location().line()).isEqualTo(2);
    assertThat(found.get(1).message()).contains("more");
    assertThat(found.get(1).location().line()).isEqualTo(3);
  }

  @Test
  void strictPassesSchemaKeysAndVariableKeys() {
    schema(true).passes("FROM alpine:3.20\nLABEL a.version=1.0.0\nARG K\nLABEL ${K}=x\n");
  }

  @Test
  void everyStageAndOnbuildTriggersCount() {
    schema(true).catches(2,
        "FROM golang:1.23 AS build\nLABEL stage=build\nFROM alpine:3.20\nONBUILD LABEL x=1\n");
  }
}
