package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.io.InputException;

/**
 * Fuzzes the Dockerfile parser with raw bytes: it returns a Dockerfile (every RUN's shell parsed)
 * or throws an {@link InputException} with a line; any other exception, a hang or a stack overflow
 * is a finding. Regression inputs: {@code DockerfileFuzzTestInputs/}; see docs/fuzzing.md.
 */
class DockerfileFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void parse(byte[] bytes) {
    try {
      Dockerfile df = DockerfileParser.parse("Dockerfile", bytes);
      for (Instruction i : df.instructions()) {
        if (i.unwrapped() instanceof Run run) {
          ShellScript script = run.script();
          script.commands().forEach(c -> df.position(c.start()));
        }
      }
    } catch (InputException e) {
      // only a file refused as a whole (too large) has no line
      assertThat(e.line() > 0 || e.getMessage().startsWith("file is larger"))
          .as(e.describe()).isTrue();
    }
  }
}
