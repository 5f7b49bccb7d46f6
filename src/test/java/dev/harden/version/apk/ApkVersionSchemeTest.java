package dev.harden.version.apk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.ReferenceOrderings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApkVersionSchemeTest {

  private static final ApkVersionScheme APK = ApkVersionScheme.INSTANCE;

  private static int cmp(String a, String b) throws InvalidVersionException {
    return Integer.signum(APK.parse(a).compareTo(APK.parse(b)));
  }

  /** apk-tools' own test vectors (see apk/README.md); lines upstream marks invalid are skipped. */
  @Test
  void agreesWithApkToolsTestVectors() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String line : ReferenceOrderings.lines("apk/apk-tools-version.data")) {
      String fact = line.replaceFirst("#.*$", "").strip();
      if (fact.isEmpty()) {
        continue;
      }
      String[] f = fact.split("\\s+");
      if (f[0].equals("1.0bc") || f[2].equals("1.0bc") || f[0].startsWith("23_foo")) {
        assertThatThrownBy(() -> APK.parse(f[0].equals("1.0") ? f[2] : f[0]))
            .isInstanceOf(InvalidVersionException.class);
        continue;
      }
      int expected = f[1].equals("<") ? -1 : f[1].equals("=") ? 0 : 1;
      int got = cmp(f[0], f[2]);
      checked++;
      if (got != expected) {
        wrong.add(fact + " (got " + got + ")");
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(700);
  }

  @ParameterizedTest
  @CsvSource({
    // the suffixes of the secdb files in ../shared/advisories/secdb/alpine/3.19
    "1.2.4_git20230717-r4, 1.2.4_git20230717-r5, -1",
    "1.2.4_git20230717-r5, 1.2.4-r5, 1",
    "1.2.2_pre2-r0, 1.2.2-r0, -1",
    "1.2.2_pre2-r0, 1.2.1-r9, 1",
    "1.36.1-r16, 1.36.1-r17, -1",
    "3.1.4-r3, 3.1.4-r4, -1",
    "1.1.1a-r0, 1.1.1-r9, 1",
    "1.1.1b-r1, 1.1.1d-r0, -1",
    "1.1.20-r4, 1.1.20-r5, -1",
    "1.0_alpha, 1.0_beta, -1",
    "1.0_beta, 1.0_pre, -1",
    "1.0_pre, 1.0_rc, -1",
    "1.1_rc, 1.1, -1",
    // apk-tools 2.x quirk, kept because apk itself orders this way: a dotted component that is
    // all zeros and is followed by more text yields an extra empty-number token, so "1.0_rc"
    // (zeros, then more) sorts above "1.0" (zeros, then the end)
    "1.0_rc, 1.0, 1",
    "1.0, 1.0_cvs, -1",
    "1.0_cvs, 1.0_svn, -1",
    "1.0_svn, 1.0_git, -1",
    "1.0_git, 1.0_hg, -1",
    "1.0_hg, 1.0_p, -1",
    "1.0_p1, 1.0_p1-r1, -1",
    "1.0-r1, 1.0a, -1",
    "1.0a, 1.0.1, -1",
    "1.01, 1.1, -1",
    "1.0, 1.0-r0, -1",
  })
  void ordersSuffixesRevisionsAndLetters(String a, String b, int expected) throws Exception {
    assertThat(cmp(a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "r1", "1.0-1", "1.0_foo", "1..0", "1.0.", "1.0_", "1.0A", "1.0-r1a"})
  void rejectsMalformedVersions(String raw) {
    assertThatThrownBy(() -> APK.parse(raw)).isInstanceOf(InvalidVersionException.class);
  }
}
