package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TarPathsTest {

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "etc/passwd, /etc/passwd",
      "./etc/passwd, /etc/passwd",
      "/etc//passwd, /etc/passwd",
      "usr/lib/../bin/./sh, /usr/bin/sh",
      "./, /",
      "'', /",
      "dir/, /dir",
      "../etc/passwd, NULL",
      "a/../../b, NULL",
      "/../../../../tmp/x, NULL",
  })
  void normalisesAndRefusesEscapes(String name, String expected) {
    assertThat(TarPaths.normalize(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "/var/lib/dpkg, /../../../../tmp, true",
      "/var/lib/dpkg, ../../../../tmp, true",
      "/var/lib/dpkg, ../../tmp, false",
      "/lib, usr/lib, false",
      "/etc/os-release, ../usr/lib/os-release, false",
  })
  void symlinkEscapesAreSeen(String path, String target, boolean escapes) {
    assertThat(SafeTarReader.escapes(path, target)).isEqualTo(escapes);
  }
}
