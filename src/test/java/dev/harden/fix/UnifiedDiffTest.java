package dev.harden.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void rendersAUnifiedDiffWithContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\n";
    String after = "a\nb\nc\nd\nX\ne\nf\ng\n";
    assertThat(UnifiedDiff.render("k.yaml", before, after))
        .isEqualTo("--- a/k.yaml\n+++ b/k.yaml\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n");
  }

  @Test
  void isEmptyWhenNothingChanged() {
    assertThat(UnifiedDiff.render("k.yaml", "same\n", "same\n")).isEmpty();
  }
}
