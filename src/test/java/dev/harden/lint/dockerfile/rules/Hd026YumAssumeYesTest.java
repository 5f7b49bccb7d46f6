package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd026YumAssumeYesTest {

  private final RuleTester rule = RuleTester.of(new Hd026YumAssumeYes());

  @Test
  void promptingCommands() {
    rule.catches(1, "FROM centos:7\nRUN yum install httpd-2.4.6\n");
    rule.catches(1, "FROM centos:7\nRUN yum group install 'Development Tools'\n");
    rule.catches(1, "FROM centos:7\nRUN sudo yum remove httpd\n");
  }

  @Test
  void yesOrNonPrompting() {
    rule.passes("FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
    rule.passes("FROM centos:7\nRUN yum -y install httpd\n");
    rule.passes("FROM centos:7\nRUN yum --assumeyes install httpd\n");
    rule.passes("FROM centos:7\nRUN yum makecache && yum clean all\n");
    rule.passes("FROM fedora:40\nRUN dnf install httpd\n");
  }
}
