package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class CopyDestinationSlashFixTest {

  private final FixTester tester = FixTester.of(new CopyDestinationSlashFix());

  @Test
  void severalSourcesGetADirectory() {
    tester.fixes("FROM debian:12\nCOPY a.txt b.txt /opt/app\nCOPY [\"c\", \"d\", \"/srv\"]\n",
        "FROM debian:12\nCOPY a.txt b.txt /opt/app/\nCOPY [\"c\", \"d\", \"/srv/\"]\n");
  }

  @Test
  void oneSourceOrASlashStays() {
    tester.unchanged("FROM debian:12\nCOPY a.txt /opt/app\n");
    tester.unchanged("FROM debian:12\nCOPY a b ./\n");
  }
}
