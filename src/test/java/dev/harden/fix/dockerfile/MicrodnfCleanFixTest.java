package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class MicrodnfCleanFixTest {

  private final FixTester tester = FixTester.of(new MicrodnfCleanFix());

  @Test
  void appendsTheCleanup() {
    tester.fixes("FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils\n",
        "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils && microdnf clean all\n");
  }

  @Test
  void leavesCleanedRunsAlone() {
    tester.unchanged("FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils && microdnf clean all\n");
    tester.unchanged("FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN --mount=type=cache,target=/var/cache microdnf install -y shadow-utils\n");
  }
}
