package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest
  @CsvSource({
      "**/package.json, /app/node_modules/express/package.json, true",
      "**/package.json, /package.json, true",
      "**/package.json, /app/package.json.bak, false",
      "lib/apk/db/installed, /lib/apk/db/installed, true",
      "/etc/passwd, etc/passwd, true",
      "/etc/passwd, /etc/passwd-, false",
      "**/*.jar, /app/lib/log4j-core-2.14.1.jar, true",
      "'**/*.{jar,war}', /srv/app.war, true",
      "'**/*.{jar,war}', /srv/app.ear, false",
      "/var/lib/dpkg/status.d/*, /var/lib/dpkg/status.d/base, true",
      "/var/lib/dpkg/status.d/*, /var/lib/dpkg/status.d/x/y, false",
      "/usr/lib/os-release, /usr/lib/os-release, true",
      "**/.env.*, /srv/app/.env.production, true",
      "**/.env.*, /srv/app/.env, false",
      "**/.env.*, /srv/app/x.env.production, false",
      "**/.env.*, /srv/.env.d/x, false",
      "**/id_?sa, /root/.ssh/id_rsa, true",
      "**/id_?sa, /root/.ssh/xid_rsa, false",
      "'**/*{dist-info,DIST-INFO}/METADATA', /usr/lib/python3/x-1.0.dist-info/METADATA, true",
      "'/a/{b/c,d}', /a/b/c, true",
      "'/a/{b/c,d}', /a/d, true",
      "/usr/**, /usr/lib/x, true",
      "'/opt/{x', '/opt/{x', true",
      "'/opt/x}', '/opt/x}', true",
      "'/a,b', '/a,b', true",
      "'/a/**/b', /a/b, true",
  })
  void matches(String pattern, String path, boolean expected) {
    assertThat(Glob.compile(pattern).matches(path)).isEqualTo(expected);
  }
}
