package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.lint.Finding;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.LintSettings;
import dev.harden.lint.dockerfile.DockerfileLinter;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The nine label-schema rules together, on the real Dockerfiles of ../shared/corpus. */
class SchemaLabelsTest {

  private static final Path CORPUS = Path.of("../shared/corpus/real-dockerfiles");

  private static final List<DockerfileRule> RULES = List.of(
      new Hd075SchemaLabelMissing(), new Hd076LabelNotInSchema(), new Hd077SchemaLabelEmpty(),
      new Hd078LabelUrl(), new Hd079LabelRfc3339(), new Hd080LabelSpdx(),
      new Hd081LabelGitHash(), new Hd082LabelSemver(), new Hd083LabelEmail());

  private static LintSettings oci(boolean strict) {
    Map<String, LabelSchema.Type> types = new LinkedHashMap<>();
    types.put("org.opencontainers.image.version", LabelSchema.Type.SEMVER);
    types.put("org.opencontainers.image.source", LabelSchema.Type.URL);
    types.put("org.opencontainers.image.revision", LabelSchema.Type.HASH);
    types.put("org.opencontainers.image.licenses", LabelSchema.Type.SPDX);
    types.put("org.opencontainers.image.created", LabelSchema.Type.RFC3339);
    return new LintSettings(Set.of(), Map.of(), List.of(), new LabelSchema(types, strict));
  }

  private static List<Finding> lint(Path file, LintSettings settings) throws Exception {
    return new DockerfileLinter(RULES, settings)
        .lint(DockerfileParser.parse(file), Optional.empty());
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void silentOnEveryRealDockerfileWithoutASchema() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    for (Path file : files) {
      assertThat(lint(file, LintSettings.DEFAULTS)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void dependencyTrackLacksOnlyTheCreationDate() throws Exception {
    Path file = CORPUS.resolve(
        "DependencyTrack_dependency-track__apiserver_src_main_docker_Dockerfile.Dockerfile");
    List<Finding> found = lint(file, oci(false));
    assertThat(ids(found)).as("version and revision come from build args: not judged")
        .containsExactly("HD075");
    assertThat(found.get(0).location().line()).as("the final FROM; jre-build is copied from")
        .isEqualTo(37);
    assertThat(found.get(0).message()).contains("org.opencontainers.image.created");

    List<Finding> strict = lint(file, oci(true));
    assertThat(strict.stream().filter(f -> f.rule().id().equals("HD076"))
            .map(f -> f.message().split(" ")[1]))
        .containsExactly("org.opencontainers.image.vendor", "org.opencontainers.image.title",
            "org.opencontainers.image.description", "org.opencontainers.image.url",
            "maintainer");
  }

  @Test
  void polarisNamesItsLicenceInWords() throws Exception {
    List<Finding> found = lint(CORPUS.resolve("FairwindsOps_polaris__Dockerfile.Dockerfile"),
        oci(false));
    assertThat(ids(found)).containsExactly("HD075", "HD075", "HD075", "HD080");
    Finding licence = found.get(3);
    assertThat(licence.location().line()).isEqualTo(10);
    assertThat(licence.message()).contains("'Apache License 2.0'");
  }
}
