package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class ImageWarmupTest {

  @Test
  void theImageCommandsExist() {
    for (String name : HardenCommand.IMAGE_COMMANDS) {
      assertThat(HardenCommand.subcommandNamed(name)).as(name).isEqualTo(name);
      assertThat(((CommandSpec) HardenCommand.subcommand(name)).name()).isEqualTo(name);
    }
  }

  @Test
  void onlyImageCommandsWarmUp() throws Exception {
    assertThat(ImageWarmup.startFor(new String[] {"lint", "Dockerfile"})).isNull();
    assertThat(ImageWarmup.startFor(new String[0])).isNull();
    Thread warmup = ImageWarmup.startFor(new String[] {"sbom", "image.tar"});
    assertThat(warmup).isNotNull();
    assertThat(warmup.isDaemon()).as("never keeps the process alive").isTrue();
    warmup.join(30_000);
    assertThat(warmup.isAlive()).isFalse();
  }

  @Test
  void onlyLintAndFixLoadTheKnowledgeBaseAhead() throws Exception {
    assertThat(LintWarmup.startFor(new String[] {"sbom", "image.tar"})).isNull();
    assertThat(LintWarmup.startFor(new String[0])).isNull();
    Thread warmup = LintWarmup.startFor(new String[] {"lint", "Dockerfile"});
    assertThat(warmup).isNotNull();
    assertThat(warmup.isDaemon()).isTrue();
    warmup.join(30_000);
    assertThat(warmup.isAlive()).isFalse();
  }
}
