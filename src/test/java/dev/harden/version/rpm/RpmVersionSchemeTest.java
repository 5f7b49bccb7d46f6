package dev.harden.version.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.LiveTool;
import dev.harden.version.ReferenceOrderings;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RpmVersionSchemeTest {

  private static final RpmVersionScheme RPM = RpmVersionScheme.INSTANCE;

  private static int cmp(String a, String b) throws InvalidVersionException {
    return Integer.signum(RPM.parse(a).compareTo(RPM.parse(b)));
  }

  @Test
  void agreesWithRpmLabelCompareOnTheRecordedPairs() throws Exception {
    List<ReferenceOrderings.Row> rows = ReferenceOrderings.csv("rpm/rpm-reference.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2000);
    assertThat(ReferenceOrderings.assertAgrees(RPM, rows)).isEqualTo(rows.size());
  }

  /** rpm's Lua {@code rpm.vercmp} on the recorded version parts, when rpm is installed. */
  @Test
  void recordedPairsStillMatchTheInstalledRpm() throws Exception {
    boolean present = LiveTool.installed("rpm");
    if (!present) {
      LiveTool.skipped("rpm not installed (apt-get install rpm); the committed CSV is still checked");
    }
    Assumptions.assumeTrue(present);
    for (ReferenceOrderings.Row r : ReferenceOrderings.csv("rpm/rpm-reference.csv").subList(0, 30)) {
      String lua = "%{lua: print(rpm.vercmp(\"" + r.a() + "\", \"" + r.b() + "\"))}";
      assertThat(Integer.parseInt(LiveTool.output(List.of("rpm", "--eval", lua))))
          .as("rpm.vercmp(%s, %s)", r.a(), r.b())
          .isEqualTo(r.cmp());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1.0~rc1-1, 1.0-1, -1",
    "1.0^git1-1, 1.0-1, 1",
    "1.0^git1-1, 1.0.1-1, -1",
    "1:1.0-1, 2.0-1, 1",
    "1.0-1.el8, 1.0-1.el8_4, -1",
    "1.0a-1, 1.0-1, 1",
    "1.0.a-1, 1.0a-1, 0",
    "1.10-1, 1.9-1, 1",
    "1.0, 1.0-1, -1",
    "1.0-1, 1.0-1.0, -1",
  })
  void ordersLikeRpm(String a, String b, int expected) throws Exception {
    assertThat(cmp(a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x:1.0", "1.0-", "1.0 1", "-1"})
  void rejectsMalformedVersions(String raw) {
    assertThatThrownBy(() -> RPM.parse(raw)).isInstanceOf(InvalidVersionException.class);
  }
}
