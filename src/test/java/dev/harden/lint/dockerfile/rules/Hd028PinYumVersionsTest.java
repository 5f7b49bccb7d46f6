package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd028PinYumVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd028PinYumVersions());

  @Test
  void unpinned() {
    rule.catches(1, "FROM centos:7\nRUN yum install -y httpd\n");
    rule.catches(1, "FROM centos:7\nRUN yum install -y epel-release mod_ssl-2.4.6\n");
  }

  @Test
  void pinned() {
    rule.passes("FROM centos:7\nRUN yum install -y httpd-2.4.6 httpd-tools-2.4.6-99.el7\n");
    rule.passes("FROM centos:7\nRUN yum install -y https://x.org/pkg-1.0.rpm /tmp/a.rpm\n");
    rule.passes("FROM centos:7\nRUN yum install -y --setopt=tsflags=nodocs vim-8.0\n");
    rule.passes("FROM centos:7\nRUN yum groupinstall -y 'Development Tools'\n");
  }
}
