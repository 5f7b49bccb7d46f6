package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.LintSettings;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hd075SchemaLabelMissingTest {

  private final RuleTester plain = RuleTester.of(new Hd075SchemaLabelMissing());
  private final RuleTester rule = plain.with(schema("a.version", "a.source"));

  static LintSettings schema(String... names) {
    Map<String, LabelSchema.Type> types = new LinkedHashMap<>();
    for (String name : names) {
      types.put(name, LabelSchema.Type.TEXT);
    }
    return new LintSettings(Set.of(), Map.of(), List.of(), new LabelSchema(types, false));
  }

  @Test
  void silentWithoutASchema() {
    plain.passes("FROM alpine:3.20\nRUN true\n");
    RuleTester.of(new Hd075SchemaLabelMissing()).with(schema()).passes("FROM alpine:3.20\n");
  }

  @Test
  void eachMissingLabelOnceOnTheFrom() {
    List<Finding> found = rule.catches(2, "FROM alpine:3.20\nRUN true\n");
    assertThat(found).allSatisfy(f -> assertThat(f.location().line()).isEqualTo(1));
    assertThat(found.get(0).message()).contains("a.source").contains("labelSchema");
    assertThat(found.get(1).message()).contains("a.version");
    Finding one = rule.catches(1, "FROM alpine:3.20\nLABEL \"a.version\"=\"1.0\" other=x\n")
        .get(0);
    assertThat(one.message()).contains("a.source").doesNotContain("a.version");
  }

  @Test
  void everyLabelSetPasses() {
    rule.passes("FROM alpine:3.20\nLABEL a.version=1.0 \\\n      a.source=https://x\n");
    rule.passes("FROM alpine:3.20\nLABEL a.version=1.0\nRUN true\nLABEL a.source=x\n");
    rule.passes("FROM alpine:3.20\nLABEL a.version 1.0\nLABEL a.source=\"\"\n");
  }

  @Test
  void labelsOfTheStagesAnImageIsBuiltOnCount() {
    rule.passes("FROM alpine:3.20 AS base\nLABEL a.version=1 a.source=x\nFROM base\nRUN true\n");
    rule.passes("FROM alpine:3.20 AS base\nLABEL a.version=1\nFROM base AS mid\n"
        + "FROM mid\nLABEL a.source=x\n");
  }

  @Test
  void stagesOthersCopyFromAreIngredientsNotImages() {
    rule.passes("FROM golang:1.23 AS build\nRUN go build -o /app\n"
        + "FROM scratch\nCOPY --from=build /app /app\nLABEL a.version=1 a.source=x\n");
    rule.passes("FROM golang:1.23 AS tools\n"
        + "FROM alpine:3.20\nRUN --mount=from=tools,target=/t /t/go version\n"
        + "LABEL a.version=1 a.source=x\n");
  }

  @Test
  void labelsOfABuildStageDoNotReachTheImage() {
    List<Finding> found = rule.catches(2,
        "FROM golang:1.23 AS build\nLABEL a.version=1 a.source=x\n"
            + "FROM scratch\nCOPY --from=build /app /app\n");
    assertThat(found.get(0).location().line()).isEqualTo(3);
  }

  @Test
  void anotherStageNothingUsesIsAnImageToo() {
    List<Finding> found = rule.catches(2, "FROM alpine:3.20 AS test\nRUN true\n"
        + "FROM alpine:3.20\nLABEL a.version=1 a.source=x\n");
    assertThat(found.get(0).location().line()).isEqualTo(1);
    assertThat(found.get(0).location().details()).containsEntry("stage", "test");
    assertThat(found.get(0).message()).contains("stage test");
  }

  @Test
  void theTargetIsCheckedEvenWhenALaterStageUsesIt() {
    String text = "FROM alpine:3.20 AS base\nFROM base AS app\nLABEL a.version=1 a.source=x\n";
    rule.passes(text);
    rule.target("base").catches(2, text);
  }

  @Test
  void onbuildLabelsLabelOtherImages() {
    rule.catches(1, "FROM alpine:3.20\nLABEL a.version=1\nONBUILD LABEL a.source=x\n");
  }

  @Test
  void aKeyFromAVariableCouldBeAnyLabel() {
    rule.passes("FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=1\n");
  }

  @Test
  void hadolintSuppressionAboveTheFrom() {
    rule.passes("# hadolint ignore=DL3049\nFROM alpine:3.20\n");
  }
}
