package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd063PointlessCommandsTest {

  private final RuleTester rule = RuleTester.of(new Hd063PointlessCommands());

  @Test
  void commandsThatMakeNoSenseInABuild() {
    assertThat(rule.catches("FROM debian:12\nRUN service nginx start\n").get(0).message())
        .contains("service");
    rule.catches("FROM debian:12\nRUN vim /etc/hosts\n");
    rule.catches("FROM debian:12\nRUN apt-get update && shutdown -h now\n");
    rule.catches("FROM debian:12\nRUN ps aux | grep x\n");
    rule.catches("FROM debian:12\nRUN sudo mount -t tmpfs none /mnt\n");
    rule.catches("FROM debian:12\nRUN kill -9 1\n");
    rule.catches("FROM debian:12\nONBUILD RUN ifconfig\n");
  }

  @Test
  void installingOrStoppingABackgroundJobPasses() {
    rule.passes("FROM debian:12\nRUN apt-get install -y vim openssh-client procps\n");
    rule.passes("FROM debian:12\nRUN mysqld & sleep 5 && mysql < init.sql && kill %1\n");
    rule.passes("FROM debian:12\nCMD [\"top\"]\n");
    rule.passes("FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n");
  }
}
