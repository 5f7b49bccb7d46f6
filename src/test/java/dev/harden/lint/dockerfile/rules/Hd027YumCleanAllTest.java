package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd027YumCleanAllTest {

  private final RuleTester rule = RuleTester.of(new Hd027YumCleanAll());

  @Test
  void installWithoutCleanAllAfterIt() {
    rule.catches(1, "FROM centos:7\nRUN yum install -y vim\n");
    rule.catches(1, "FROM centos:7\nRUN yum clean all && yum -y install vim\n");
    rule.catches(1, "FROM centos:7\nRUN yum -y install bash && yum clean all && yum -y install zsh\n");
    rule.catches(1, "FROM centos:7\nRUN yum -y install bash && yum clean metadata\n");
    rule.catches(1, "FROM centos:7\nRUN yum install -y vim\nRUN yum clean all\n");
  }

  @Test
  void cleanAllCacheRemovalOrMount() {
    rule.passes("FROM centos:7\nRUN yum install && yum clean all\n");
    rule.passes("FROM centos:7\nRUN if [ \"$TBB\" = default ]; then yum -y install tbb &&"
        + " yum clean -y all; fi\n");
    rule.passes("FROM centos:7\nRUN yum -y install bash; rm -rf /var/cache/yum\n");
    rule.passes("FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum -y install bash\n");
    rule.passes("FROM centos:7\nRUN yum clean all\n");
  }

  @Test
  void buildStagesDoNotShip() {
    rule.passes("FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\n"
        + "RUN yum -y install x && yum clean all\n");
  }
}
