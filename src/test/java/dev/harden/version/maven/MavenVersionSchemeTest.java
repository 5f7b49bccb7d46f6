package dev.harden.version.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MavenVersionSchemeTest {

  private static final MavenVersionScheme MAVEN = MavenVersionScheme.INSTANCE;

  private static int cmp(String a, String b) throws InvalidVersionException {
    return Integer.signum(MAVEN.parse(a).compareTo(MAVEN.parse(b)));
  }

  /**
   * Maven's documented qualifier order (maven.apache.org, "Version Order Specification"), as a
   * chain that must be strictly increasing.
   */
  @Test
  void followsMavensDocumentedOrder() throws Exception {
    List<String> chain =
        List.of(
            "1-alpha", "1-alpha-1", "1-beta", "1-milestone-1", "1-rc", "1-snapshot", "1",
            "1-sp", "1-sp-1", "1-abc", "1.0.1", "1.1", "2.0");
    for (int i = 0; i + 1 < chain.size(); i++) {
      assertThat(cmp(chain.get(i), chain.get(i + 1)))
          .as("%s < %s", chain.get(i), chain.get(i + 1))
          .isEqualTo(-1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1.0.0, 0",
    "1, 1.0.0, 0",
    "1-ga, 1, 0",
    "1-final, 1, 0",
    "2.4.0-rc1, 2.4.0, -1",
    "2.4, 2.4.0, 0",
    "2.9.10.8, 2.9.10, 1",
    "2.9.10.7, 2.9.10.8, -1",
    "2.12.6.1, 2.12.6, 1",
    "2.13.4.1, 2.13.4, 1",
    "1.0-SNAPSHOT, 1.0, -1",
    "1.0.RELEASE, 1.0, 0",
    "2.14.1, 2.15.0, -1",
    "3.2.1, 3.2.2, -1",
  })
  void ordersRealVersions(String a, String b, int expected) throws Exception {
    assertThat(cmp(a, b)).isEqualTo(expected);
  }

  @Test
  void rejectsBlankAndWhitespace() {
    for (String raw : List.of("", " ", "1.0 beta")) {
      assertThatThrownBy(() -> MAVEN.parse(raw)).isInstanceOf(InvalidVersionException.class);
    }
  }
}
