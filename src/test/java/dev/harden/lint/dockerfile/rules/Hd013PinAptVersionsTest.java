package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd013PinAptVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd013PinAptVersions());

  @Test
  void unpinnedPackagesAreNamed() {
    assertThat(rule.catches(1, "FROM debian:12\nRUN apt-get install -y curl wget=1.21-1\n")
        .get(0).message()).isEqualTo("apt-get install does not pin curl: write curl=<version>");
    rule.catches(1, "FROM debian:12\nRUN apt install -y curl\n");
  }

  @Test
  void pinnedLocalAndVariablePackagesPass() {
    rule.passes("FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 ./tool_1.0_amd64.deb\n");
    rule.passes("FROM debian:12\nRUN apt-get install -y \"nginx=${NGINX_VERSION}\" $extra\n");
    rule.passes("FROM debian:12\nRUN apt-get update\n");
  }

  @Test
  void optionValuesAreNotPackages() {
    rule.passes("FROM debian:12\n"
        + "RUN apt-get -o Dpkg::Options::=--force-confold -t bookworm-backports install -y a=1\n");
  }

  @Test
  void wrappersContinuationsHeredocsAndOnbuild() {
    rule.catches(1, "FROM debian:12\nRUN sudo -E apt-get install -y curl\n");
    rule.catches(1, "FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n");
    rule.catches(1, "FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y x\n");
    rule.catchesAtLine(3, "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n"
        + "      curl\n");
    rule.catches(1, "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n");
    rule.catches(1, "FROM debian:12\nONBUILD RUN apt-get install -y curl\n");
    rule.catches(1, "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");
  }

  @Test
  void everyStageCounts() {
    rule.catches(1, "FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM scratch\n");
  }
}
