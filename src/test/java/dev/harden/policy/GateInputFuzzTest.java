package dev.harden.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the gate's readers of user files: a policy, an allowlist, a VEX document. Each is read or
 * refused with an {@link InputException} naming the file; nothing else escapes. Regression
 * inputs: {@code GateInputFuzzTestInputs/}.
 */
class GateInputFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void policy(byte[] bytes) {
    try {
      PolicyLoader.parse("fuzz-policy.yaml", bytes);
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo("fuzz-policy.yaml");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void allowlist(byte[] bytes) {
    try {
      AllowlistLoader.parse("fuzz-allow.yaml", bytes);
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo("fuzz-allow.yaml");
    }
  }

  /** VexLoader reads files (its size check comes first), so each input is written to one. */
  @FuzzTest(maxDuration = "20s")
  void vex(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("fuzz-vex", ".json");
    try {
      Files.write(file, bytes);
      new VexLoader().load(file);
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo(file.toString());
    } finally {
      Files.delete(file);
    }
  }
}
