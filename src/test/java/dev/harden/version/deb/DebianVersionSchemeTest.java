package dev.harden.version.deb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.LiveTool;
import dev.harden.version.ReferenceOrderings;
import dev.harden.version.Version;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DebianVersionSchemeTest {

  private static final DebianVersionScheme DEB = DebianVersionScheme.INSTANCE;

  private static int cmp(String a, String b) throws InvalidVersionException {
    return Integer.signum(DEB.parse(a).compareTo(DEB.parse(b)));
  }

  @Test
  void agreesWithDpkgOnTheRecordedPairs() throws Exception {
    List<ReferenceOrderings.Row> rows = ReferenceOrderings.csv("deb/dpkg-reference.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3000);
    assertThat(ReferenceOrderings.assertAgrees(DEB, rows)).isEqualTo(rows.size());
  }

  @Test
  void recordedPairsStillMatchTheInstalledDpkg() throws Exception {
    boolean present = LiveTool.installed("dpkg");
    if (!present) {
      LiveTool.skipped("dpkg not installed; the committed CSV is still checked");
    }
    Assumptions.assumeTrue(present);
    List<ReferenceOrderings.Row> rows = ReferenceOrderings.csv("deb/dpkg-reference.csv");
    for (ReferenceOrderings.Row r : rows.subList(0, 40)) {
      String op = r.cmp() < 0 ? "lt" : r.cmp() == 0 ? "eq" : "gt";
      assertThat(LiveTool.exitCode(List.of("dpkg", "--compare-versions", r.a(), op, r.b())))
          .as("dpkg --compare-versions %s %s %s", r.a(), op, r.b())
          .isZero();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1:1.0, 2.0, 1",
    "0:1.0, 1.0, 0",
    "1.0, 1.0-0, 0",
    "1.0~rc1, 1.0, -1",
    "1.0~~, 1.0~, -1",
    "1.0, 1.0+b1, -1",
    "1.0a, 1.0+, -1",
    "1.00, 1.0, 0",
    "3.0.11-1~deb12u1, 3.0.11-1~deb12u2, -1",
    "3.0.11-1~deb12u2, 3.0.11-1, -1",
    "2.36-9+deb12u2, 2.36-9+deb12u3, -1",
    "5.36.0-7+deb12u3, 5.36.0-7+deb12u4, -1",
    "1.2.1-2.2+wheezy3, 1.2.1-2.2+wheezy2, 1",
    "1.0-1-1, 1.0-1, 1",
  })
  void ordersLikeDpkg(String a, String b, int expected) throws Exception {
    assertThat(cmp(a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1.0-", "a:1.0", ":1.0", "1.0 beta", "1_0", "1.0-r@1", "1:-1"})
  void rejectsWhatDpkgRejects(String raw) {
    assertThatThrownBy(() -> DEB.parse(raw)).isInstanceOf(InvalidVersionException.class);
  }

  @Test
  void keepsTheSpellingButComparesTheValue() throws Exception {
    Version v = DEB.parse("0:1.00-0");
    assertThat(v.raw()).isEqualTo("0:1.00-0");
    assertThat(v).isEqualTo(DEB.parse("1.0")).hasSameHashCodeAs(DEB.parse("1.0"));
  }
}
