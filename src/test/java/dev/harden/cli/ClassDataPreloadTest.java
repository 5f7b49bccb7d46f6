package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.report.LintReport;
import org.junit.jupiter.api.Test;

/** The training samples must really go through the lint pipeline, or they train nothing. */
class ClassDataPreloadTest {

  @Test
  void theSampleDockerfileParsesAndTriggersManyRules() throws Exception {
    LintReport report = ClassDataPreload.lintSample(ClassDataPreload.SAMPLE_DOCKERFILE);
    assertThat(report.findings().stream().map(f -> f.rule().id()).distinct().count())
        .isGreaterThan(15);
  }

  @Test
  void theSampleManifestIsLintedAsAManifest() throws Exception {
    LintReport report = ClassDataPreload.lintSample(ClassDataPreload.SAMPLE_MANIFEST);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.rule().id()).startsWith("K8S"));
  }
}
