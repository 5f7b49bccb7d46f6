package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class CopyForAddFixTest {

  private final FixTester tester = FixTester.of(new CopyForAddFix());

  @Test
  void localFilesAreCopied() {
    tester.fixes("""
        FROM php:8-apache
        ADD guestbook.php /var/www/html/guestbook.php
        add --chown=www-data ./src/ /var/www/html/
        ONBUILD ADD . /app
        """, """
        FROM php:8-apache
        COPY guestbook.php /var/www/html/guestbook.php
        copy --chown=www-data ./src/ /var/www/html/
        ONBUILD COPY . /app
        """);
  }

  @Test
  void urlsArchivesVariablesAndAddFlagsStay() {
    tester.unchanged("FROM debian:12\nADD https://example.org/x.txt /x.txt\n");
    tester.unchanged("FROM debian:12\nADD rootfs.tar.gz /\n");
    tester.unchanged("FROM debian:12\nADD app.tgz /opt/\n");
    tester.unchanged("FROM debian:12\nADD git@github.com:o/r.git /src\n");
    tester.unchanged("FROM debian:12\nADD $ARTIFACT /app/\n");
    tester.unchanged("FROM debian:12\nADD --checksum=sha256:"
        + "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d x /x\n");
  }
}
