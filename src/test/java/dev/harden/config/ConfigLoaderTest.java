package dev.harden.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import dev.harden.lint.FailureThreshold;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  static final RuleMeta RULE = RuleMeta.of("HD003", RuleKind.DOCKERFILE, "Pin apt versions")
      .severity(Severity.WARNING).aliases("DL3008").build();

  @TempDir Path dir;

  private static ConfigLoader.Overrides none() {
    return new ConfigLoader.Overrides(null, null, null);
  }

  @Test
  void findsTheFileFromASubdirectoryUpward() throws Exception {
    Files.writeString(dir.resolve(".harden.yaml"), """
        ignored: [DL3008]
        severity:
          HD004: error
        trustedRegistries:
          - registry.example.com
        failureThreshold: warning
        """);
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    HardenConfig config = ConfigLoader.load(sub, Map.of(), none());
    assertThat(config.source()).contains(dir.resolve(".harden.yaml").toAbsolutePath());
    assertThat(config.lint().isIgnored(RULE)).isTrue();
    assertThat(config.lint().severityOverrides()).containsEntry("HD004", Severity.ERROR);
    assertThat(config.lint().trustedRegistries()).containsExactly("registry.example.com");
    assertThat(config.failureThreshold()).isEqualTo(FailureThreshold.WARNING);
  }

  @Test
  void environmentOverridesTheFileAndFlagsOverrideTheEnvironment() throws Exception {
    Files.writeString(dir.resolve(".harden.yaml"), "failureThreshold: warning\n");
    Map<String, String> env = Map.of(ConfigLoader.ENV_THRESHOLD, "error",
        ConfigLoader.ENV_IGNORE, "HD007, HD008");
    HardenConfig fromEnv = ConfigLoader.load(dir, env, none());
    assertThat(fromEnv.failureThreshold()).isEqualTo(FailureThreshold.ERROR);
    assertThat(fromEnv.lint().ignored()).contains("HD007", "HD008");

    HardenConfig fromFlags = ConfigLoader.load(dir, env,
        new ConfigLoader.Overrides(null, FailureThreshold.NONE, List.of("HD009")));
    assertThat(fromFlags.failureThreshold()).isEqualTo(FailureThreshold.NONE);
    assertThat(fromFlags.lint().ignored()).contains("HD007", "HD009");
  }

  @Test
  void unknownKeysAndBadValuesNameTheLine() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "ignored: [HD001]\nfailureTreshold: error\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of(),
            new ConfigLoader.Overrides(file, null, null)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2))
        .hasMessageContaining("unknown key 'failureTreshold'");

    Files.writeString(file, "severity:\n  HD001: fatal\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of(),
            new ConfigLoader.Overrides(file, null, null)))
        .satisfies(e -> assertThat(((InputException) e).describe())
            .startsWith(file + ":2: unknown severity 'fatal'"));
  }

  @Test
  void yamlErrorsAndMissingFilesAreInputErrors() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "ignored: [HD001\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of(),
            new ConfigLoader.Overrides(file, null, null)))
        .isInstanceOf(InputException.class).hasMessageContaining("invalid YAML");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of(),
            new ConfigLoader.Overrides(dir.resolve("nope.yaml"), null, null)))
        .isInstanceOf(InputException.class).hasMessageContaining("not found");
  }

  @Test
  void duplicateKeysAreRefusedWithTheirLine() throws Exception {
    Path file = dir.resolve("dup.yaml");
    Files.writeString(file, "failureThreshold: none\nignored: [HD001]\nfailureThreshold: error\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of(),
            new ConfigLoader.Overrides(file, null, null)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3))
        .hasMessageContaining("duplicate key 'failureThreshold'");
  }

  private HardenConfig loadFile(String text) throws Exception {
    Path file = dir.resolve("labels.yaml");
    Files.writeString(file, text);
    return ConfigLoader.load(dir, Map.of(), new ConfigLoader.Overrides(file, null, null));
  }

  private void refused(String text, int line, String message) {
    Path file = dir.resolve("labels.yaml");
    assertThatThrownBy(() -> loadFile(text))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe())
            .startsWith(file + ":" + line + ": ")
            .contains(message));
  }

  @Test
  void labelSchemaAndStrictLabelsReachTheLintSettings() throws Exception {
    HardenConfig config = loadFile("""
        labelSchema:
          org.opencontainers.image.version: semver
          org.opencontainers.image.source: URL
          "org.opencontainers.image.title": text
        strictLabels: true
        """);
    LabelSchema schema = config.lint().labelSchema();
    Map<String, LabelSchema.Type> expected = new LinkedHashMap<>();
    expected.put("org.opencontainers.image.version", LabelSchema.Type.SEMVER);
    expected.put("org.opencontainers.image.source", LabelSchema.Type.URL);
    expected.put("org.opencontainers.image.title", LabelSchema.Type.TEXT);
    assertThat(schema.labels()).containsExactlyEntriesOf(expected);
    assertThat(schema.strict()).isTrue();
  }

  @Test
  void withoutTheKeysThereIsNoSchema() throws Exception {
    assertThat(loadFile("ignored: [HD001]\n").lint().labelSchema()).isEqualTo(LabelSchema.NONE);
    assertThat(loadFile("labelSchema: {}\nstrictLabels: false\n").lint().labelSchema().isEmpty())
        .isTrue();
    assertThat(HardenConfig.DEFAULTS.lint().labelSchema().isEmpty()).isTrue();
  }

  @Test
  void hadolintSpellingsAreReadToo() throws Exception {
    LabelSchema schema = loadFile("""
        label-schema:
          maintainer: email
          revision: hash
        strict-labels: true
        """).lint().labelSchema();
    assertThat(schema.labels()).containsEntry("maintainer", LabelSchema.Type.EMAIL)
        .containsEntry("revision", LabelSchema.Type.HASH);
    assertThat(schema.strict()).isTrue();
  }

  @Test
  void badLabelSchemasAreRefusedWithTheirLine() {
    refused("labelSchema:\n  a: text\n  b: uri\n", 3, "unknown label type 'uri'");
    refused("labelSchema:\n  - a\n", 2, "labelSchema must be a mapping");
    refused("labelSchema:\n  a: [url, text]\n", 2, "the type of label a must be a single value");
    refused("labelSchema:\n  a: text\nstrictLabels: yes\n", 3,
        "strictLabels must be true or false");
    refused("ignored: []\nstrictLabels: true\n", 2, "needs a labelSchema");
    refused("labelSchema:\n  a: text\nlabel-schema:\n  b: url\n", 4,
        "'label-schema' repeats 'labelSchema'");
    refused("labelSchmea:\n  a: text\n", 1, "unknown key 'labelSchmea'");
  }
}
