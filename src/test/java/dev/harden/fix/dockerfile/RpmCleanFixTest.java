package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class RpmCleanFixTest {

  private static final String UBI = "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\n";

  @Test
  void yumAppendsItsCleanup() {
    FixTester tester = FixTester.of(RpmCleanFix.yum());
    tester.fixes("FROM centos:7\nRUN yum install -y httpd\n",
        "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
    tester.unchanged("FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
    tester.unchanged("FROM centos:7\nRUN --mount=type=cache,target=/var/cache yum install -y httpd\n");
  }

  @Test
  void dnfAppendsItsCleanup() {
    FixTester tester = FixTester.of(RpmCleanFix.dnf());
    tester.fixes("FROM fedora:40\nRUN dnf install -y httpd\n",
        "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n");
    tester.unchanged("FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n");
    tester.unchanged("FROM fedora:40\nRUN --mount=type=cache,target=/var/cache dnf install -y httpd\n");
  }

  @Test
  void microdnfAppendsItsCleanup() {
    FixTester tester = FixTester.of(RpmCleanFix.microdnf());
    tester.fixes(UBI + "RUN microdnf install -y shadow-utils\n",
        UBI + "RUN microdnf install -y shadow-utils && microdnf clean all\n");
    tester.unchanged(UBI + "RUN microdnf install -y shadow-utils && microdnf clean all\n");
    tester.unchanged(UBI
        + "RUN --mount=type=cache,target=/var/cache microdnf install -y shadow-utils\n");
  }

  @Test
  void eachToolCleansOnlyItsOwnInstalls() {
    FixTester.of(RpmCleanFix.microdnf()).unchanged("FROM fedora:40\nRUN dnf install -y httpd\n");
    FixTester.of(RpmCleanFix.yum()).unchanged("FROM fedora:40\nRUN dnf install -y httpd\n");
  }
}
