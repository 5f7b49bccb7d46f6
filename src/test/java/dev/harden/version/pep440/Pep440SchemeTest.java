package dev.harden.version.pep440;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.ReferenceOrderings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pep440SchemeTest {

  private static final Pep440Scheme PEP = Pep440Scheme.INSTANCE;

  private static int cmp(String a, String b) throws InvalidVersionException {
    return Integer.signum(PEP.parse(a).compareTo(PEP.parse(b)));
  }

  @Test
  void agreesWithPythonPackagingOnTheRecordedPairs() throws Exception {
    List<ReferenceOrderings.Row> rows = ReferenceOrderings.csv("pep440/packaging-reference.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2000);
    assertThat(ReferenceOrderings.assertAgrees(PEP, rows)).isEqualTo(rows.size());
  }

  /** PEP 440's own ordering example ("Summary of permitted suffixes and relative ordering"). */
  @Test
  void followsThePepsOrderingExample() throws Exception {
    List<String> chain =
        List.of(
            "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12",
            "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456",
            "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34",
            "1.0.post456", "1.0.15", "1.1.dev1");
    for (int i = 0; i + 1 < chain.size(); i++) {
      assertThat(cmp(chain.get(i), chain.get(i + 1)))
          .as("%s < %s", chain.get(i), chain.get(i + 1))
          .isEqualTo(-1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1.0.0, 0",
    "1.0-1, 1.0.post1, 0",
    "1.0alpha1, 1.0a1, 0",
    "1.0-preview-2, 1.0rc2, 0",
    "1.0c1, 1.0rc1, 0",
    "v1.0, 1.0, 0",
    "1!0.1, 2.0, 1",
    "3.3.1, 3.3.2, -1",
    "1.0.dev0, 1.0a0, -1",
    "1.0+LOCAL, 1.0+local, 0",
  })
  void normalisesAndOrders(String a, String b, int expected) throws Exception {
    assertThat(cmp(a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.0+", "a1", "1.0.x", "1.0+local+again"})
  void rejectsNonPep440(String raw) {
    assertThatThrownBy(() -> PEP.parse(raw)).isInstanceOf(InvalidVersionException.class);
  }
}
