package dev.harden.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Policy and allowlist globs: whole-value matches in the syntax of image path globs. */
class GlobTest {

  @Test
  void idsMatchWholeAndIgnoreCaseWhenAsked() {
    Glob ids = Glob.of("CVE-2021-*", true);
    assertThat(ids.matches("cve-2021-44228")).isTrue();
    assertThat(ids.matches("CVE-2022-0001")).isFalse();
    assertThat(ids.matches("xCVE-2021-1")).isFalse();
    assertThat(Glob.of("CVE-2021-*", false).matches("cve-2021-44228")).isFalse();
    assertThat(Glob.of("HD00?", true).matches("HD001")).isTrue();
    assertThat(Glob.of("HD00?", true).matches("HD0010")).isFalse();
    assertThat(Glob.of("{DL3008,HD012}", true).matches("dl3008")).isTrue();
    assertThat(Glob.of("{DL3008,HD012}", true).matches("DL3009")).isFalse();
    assertThat(ids.matches(null)).isFalse();
  }

  @Test
  void pathsAndImagesKeepStarsInsideOneElement() {
    Glob modules = Glob.of("/app/node_modules/**", false);
    assertThat(modules.matches("/app/node_modules/a/b/package.json")).isTrue();
    assertThat(modules.matches("/app/other/x")).isFalse();
    Glob image = Glob.of("registry.example.com/shop/*", false);
    assertThat(image.matches("registry.example.com/shop/web")).isTrue();
    assertThat(image.matches("registry.example.com/shop/team/web")).isFalse();
    assertThat(Glob.of("/usr/**/libssl.so.*", false).matches("/usr/libssl.so.3")).isTrue();
    // regular-expression characters are literal
    assertThat(Glob.of("a.b+c", false).matches("aXb+c")).isFalse();
    assertThat(Glob.of("a.b+c", false).matches("a.b+c")).isTrue();
  }
}
