package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd037UpdateAloneTest {

  private final RuleTester rule = RuleTester.of(new Hd037UpdateAlone());

  @Test
  void updateWithoutInstallInTheSameRun() {
    rule.catchesAtLine(2, "FROM ubuntu:18.04\nRUN apt-get update\n"
        + "RUN apt-get install -y --no-install-recommends mysql-client\n");
    rule.catches(1, "FROM ubuntu:18.04\nRUN [\"apt-get\", \"update\"]\n");
    rule.catches(1, "FROM ubuntu:18.04\nRUN apt-get update && adduser mike\n");
    rule.catches(1, "FROM centos:8\nRUN dnf update -y\n");
    rule.catches(1, "FROM opensuse/tumbleweed\nRUN zypper up -y\n");
    rule.catches(1, "FROM centos:latest\nRUN yum update -y\n");
    rule.catches(1, "FROM alpine:3.20\nRUN apk update\n");
  }

  @Test
  void updateAndInstallTogether() {
    rule.passes("FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y curl\n");
    rule.passes("FROM ubuntu:18.04\nRUN apt-get update -y ; apt-get install -y curl\n");
    rule.passes("FROM ubuntu:18.04\nRUN test && apt-get update && apt upgrade --yes\n");
    rule.passes("FROM ubuntu:18.04\nRUN <<EOF\napt-get update\napt-get install -y gettext\nEOF\n");
    rule.passes("FROM alpine:3.20\nRUN apk update && apk add --no-cache git\n");
    rule.passes("FROM alpine:3.20\nRUN apk --update add easy-rsa\n");
    rule.passes("FROM ubuntu:18.04\nRUN /bin/sh /scripts/someScript.sh update\n");
    rule.passes("FROM centos:8\nRUN dnf update && dnf install -y dnf-plugins-core\n");
    rule.passes("FROM opensuse/tumbleweed\nRUN zypper up -y && zypper install -y curl\n");
    rule.passes("FROM maven:3\nRUN sbt update\n");
  }
}
