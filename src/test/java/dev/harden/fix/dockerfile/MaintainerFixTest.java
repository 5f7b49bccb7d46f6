package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class MaintainerFixTest {

  private final FixTester tester = FixTester.of(new MaintainerFix());

  @Test
  void becomesTheAuthorsLabel() {
    tester.fixes("FROM scratch\n\nMAINTAINER Kubernetes SIG Scheduling <sig-scheduling@kubernetes.io>\n",
        "FROM scratch\n\nLABEL org.opencontainers.image.authors=\"Kubernetes SIG Scheduling"
            + " <sig-scheduling@kubernetes.io>\"\n");
  }

  @Test
  void quotesDollarsAndBackslashes() {
    tester.fixes("from scratch\nmaintainer \"Jo\" $USER \\o/\n",
        "from scratch\nlabel org.opencontainers.image.authors=\"\\\"Jo\\\" \\$USER \\\\o/\"\n");
  }
}
