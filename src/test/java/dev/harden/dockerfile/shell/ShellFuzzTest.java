package dev.harden.dockerfile.shell;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the RUN shell parser: whatever the text, it never throws (syntax it does not understand is
 * a {@code Problem}), and every command's words and offsets can be read. Regression inputs:
 * {@code ShellFuzzTestInputs/}; see docs/fuzzing.md.
 */
class ShellFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void parse(FuzzedDataProvider data) {
    boolean posix = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    ShellScript script = ShellScript.parse(MappedText.contiguous(text, 0),
        posix ? Dialect.POSIX : Dialect.WINDOWS_CMD, List.of());
    for (SimpleCommand c : script.commands()) {
      c.name();
      c.args();
      c.redirects();
      c.effective();
      script.nesting(c);
    }
  }
}
