package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class YumYesFixTest {

  private final FixTester tester = FixTester.of(new YumYesFix());

  @Test
  void addsYes() {
    tester.fixes("FROM centos:7\nRUN yum install httpd && yum clean all\n",
        "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
  }

  @Test
  void leavesConfirmedAlone() {
    tester.unchanged("FROM centos:7\nRUN yum -y install httpd\n");
    tester.unchanged("FROM centos:7\nRUN yum install --assumeyes httpd\n");
  }
}
