package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class ImageWarmupTest {

  @Test
  void warmsUpOnlyForCommandsThatExist() {
    for (String name : ImageWarmup.COMMANDS) {
      Class<?> c = HardenCommand.subcommandNamed(name);
      assertThat(c).as(name).isNotNull();
      assertThat(c.getAnnotation(Command.class).name()).isEqualTo(name);
    }
  }

  @Test
  void theWarmupItselfNeverFails() {
    assertThatCode(ImageWarmup::run).doesNotThrowAnyException();
  }
}
