package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.config.HardenConfig;
import dev.harden.pipeline.LintInput;
import dev.harden.pipeline.LintRun;
import dev.harden.report.LintReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The training samples must really go through the lint pipeline, or they train nothing. */
class ClassDataPreloadTest {

  private static LintReport lint(String sample) throws Exception {
    return new LintRun(HardenConfig.DEFAULTS, Optional.empty())
        .run(List.of(new LintInput(LintInput.Kind.DOCKERFILE, null)),
            new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSampleDockerfileParsesAndTriggersManyRules() throws Exception {
    LintReport report = lint(ClassDataPreload.SAMPLE_DOCKERFILE);
    assertThat(report.findings().stream().map(f -> f.rule().id()).distinct().count())
        .isGreaterThan(15);
  }

  @Test
  void theSampleManifestIsLintedAsAManifest() throws Exception {
    LintReport report = lint(ClassDataPreload.SAMPLE_MANIFEST);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.rule().id()).startsWith("K8S"));
  }

  @Test
  void trainingNeverThrows() {
    ClassDataPreload.train();
  }
}
