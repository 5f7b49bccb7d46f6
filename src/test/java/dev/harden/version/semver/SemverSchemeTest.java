package dev.harden.version.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.ReferenceOrderings;
import dev.harden.version.VersionScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemverSchemeTest {

  private static int cmp(VersionScheme s, String a, String b) throws InvalidVersionException {
    return Integer.signum(s.parse(a).compareTo(s.parse(b)));
  }

  @Test
  void npmAgreesWithNodeSemverOnTheRecordedPairs() throws Exception {
    List<ReferenceOrderings.Row> rows = ReferenceOrderings.csv("semver/node-semver-reference.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(1500);
    assertThat(ReferenceOrderings.assertAgrees(SemverScheme.NPM, rows)).isEqualTo(rows.size());
  }

  /** The SemVer 2.0.0 specification's own precedence example, section 11. */
  @Test
  void strictFollowsTheSpecExample() throws Exception {
    List<String> chain =
        List.of(
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
            "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1");
    for (int i = 0; i + 1 < chain.size(); i++) {
      assertThat(cmp(SemverScheme.STRICT, chain.get(i), chain.get(i + 1))).isEqualTo(-1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "v1.2.3, 1.2.3, 0",
    "=1.2.3, 1.2.3, 0",
    "1.2.3beta, 1.2.3-beta, 0",
    "01.02.03, 1.2.3, 0",
    "1.2.3+build.5, 1.2.3, 0",
    "5.0.0-beta.3, 4.19.2, 1",
    "2.4.0-rc1, 2.4.0, -1",
  })
  void npmLooseForms(String a, String b, int expected) throws Exception {
    assertThat(cmp(SemverScheme.NPM, a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "v1.3.1, 1.3.2, -1",
    "v0.0.0-20210101000000-abcdef123456, v0.0.0-20210202000000-abcdef123456, -1",
    "v1.2.4-0.20210101000000-abcdef123456, v1.2.3, 1",
    "v1.2.4-0.20210101000000-abcdef123456, v1.2.4, -1",
    "v2.0.0+incompatible, 2.0.0, 0",
    "go1.21.5, 1.21.5, 0",
    "v1.2, 1.2.0, 0",
  })
  void goModuleVersions(String a, String b, int expected) throws Exception {
    assertThat(cmp(SemverScheme.GO, a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2", "v1.2.3", "1.2.3-01", "1.2.3.4", "latest"})
  void strictRejectsNonSemver(String raw) {
    assertThatThrownBy(() -> SemverScheme.STRICT.parse(raw))
        .isInstanceOf(InvalidVersionException.class);
  }

  @Test
  void npmRejectsRangesAndTags() {
    for (String raw : List.of("^1.2.3", "latest", "1.x", "1.2.3 - 2.0.0")) {
      assertThatThrownBy(() -> SemverScheme.NPM.parse(raw))
          .isInstanceOf(InvalidVersionException.class);
    }
  }
}
