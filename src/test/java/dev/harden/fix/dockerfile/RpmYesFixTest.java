package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class RpmYesFixTest {

  @Test
  void yumGetsYes() {
    FixTester tester = FixTester.of(RpmYesFix.yum());
    tester.fixes("FROM centos:7\nRUN yum install httpd && yum clean all\n",
        "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
    tester.unchanged("FROM centos:7\nRUN yum -y install httpd\n");
    tester.unchanged("FROM centos:7\nRUN yum install --assumeyes httpd\n");
  }

  @Test
  void dnfGetsYes() {
    FixTester tester = FixTester.of(RpmYesFix.dnf());
    tester.fixes("FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install httpd\n",
        "FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install -y httpd\n");
    tester.unchanged("FROM fedora:40\nRUN dnf install -y httpd\n");
    tester.unchanged("FROM fedora:40\nRUN dnf clean all\n");
  }
}
