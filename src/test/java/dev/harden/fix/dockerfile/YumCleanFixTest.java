package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class YumCleanFixTest {

  private final FixTester tester = FixTester.of(new YumCleanFix());

  @Test
  void appendsTheCleanup() {
    tester.fixes("FROM centos:7\nRUN yum install -y httpd\n",
        "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
  }

  @Test
  void leavesCleanedRunsAlone() {
    tester.unchanged("FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
    tester.unchanged("FROM centos:7\nRUN --mount=type=cache,target=/var/cache yum install -y httpd\n");
  }
}
