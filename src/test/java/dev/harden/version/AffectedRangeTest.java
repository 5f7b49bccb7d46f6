package dev.harden.version;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.RangeEvent.Fixed;
import dev.harden.version.RangeEvent.Introduced;
import dev.harden.version.RangeEvent.LastAffected;
import dev.harden.version.RangeEvent.Limit;
import dev.harden.version.semver.SemverScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffectedRangeTest {

  private static final VersionScheme SEMVER = SemverScheme.STRICT;

  private static RangeHit eval(AffectedRange r, String v) throws InvalidVersionException {
    return r.evaluate(SEMVER, SEMVER.parse(v));
  }

  private static AffectedRange range(RangeEvent... events) {
    return new AffectedRange(RangeType.ECOSYSTEM, null, List.of(events));
  }

  @ParameterizedTest
  @CsvSource({
    "0.9.0, NOT_AFFECTED",
    "1.0.0, AFFECTED",
    "1.4.9, AFFECTED",
    "1.5.0, NOT_AFFECTED",
    "2.0.0-rc.1, NOT_AFFECTED",
    "2.0.0, AFFECTED",
    "2.2.0, NOT_AFFECTED",
    "3.0.0, AFFECTED",
    "9.0.0, AFFECTED",
  })
  void introducedInclusiveFixedExclusiveLastAffectedInclusive(String v, Containment expected)
      throws Exception {
    // events deliberately out of order: evaluation sorts them
    AffectedRange r =
        range(
            new Introduced("3.0.0"), new Fixed("1.5.0"), new Introduced("1.0.0"),
            new Introduced("2.0.0"), new LastAffected("2.1.0"));
    assertThat(eval(r, v).containment()).isEqualTo(expected);
  }

  @Test
  void reportsTheIntervalAndHowItEnds() throws Exception {
    AffectedRange r =
        range(new Introduced("0"), new Fixed("1.5.0"), new Introduced("2.0.0"),
            new LastAffected("2.1.0"), new Introduced("3.0.0"));
    RangeHit fixed = eval(r, "1.2.0");
    assertThat(fixed.interval()).isEqualTo("[0,1.5.0)");
    assertThat(fixed.bound()).isEqualTo(RangeHit.Bound.FIXED);
    assertThat(fixed.fixed()).isEqualTo("1.5.0");
    RangeHit last = eval(r, "2.1.0");
    assertThat(last.interval()).isEqualTo("[2.0.0,2.1.0]");
    assertThat(last.bound()).isEqualTo(RangeHit.Bound.LAST_AFFECTED);
    RangeHit open = eval(r, "4.0.0");
    assertThat(open.interval()).isEqualTo("[3.0.0,*)");
    assertThat(open.bound()).isEqualTo(RangeHit.Bound.OPEN);
    assertThat(open.fixed()).isNull();
  }

  @Test
  void limitCapsTheWholeRange() throws Exception {
    AffectedRange r = range(new Introduced("0"), new Limit("2.0.0"));
    assertThat(eval(r, "1.9.9").containment()).isEqualTo(Containment.AFFECTED);
    assertThat(eval(r, "2.0.0").containment()).isEqualTo(Containment.NOT_AFFECTED);
    AffectedRange unbounded = range(new Introduced("1.0.0"), new Limit("*"));
    assertThat(eval(unbounded, "7.0.0").containment()).isEqualTo(Containment.AFFECTED);
  }

  @Test
  void anUnparsableBoundIsIndeterminateNotSafe() throws Exception {
    AffectedRange r = range(new Introduced("0"), new Fixed("not-a-version"));
    RangeHit hit = eval(r, "1.0.0");
    assertThat(hit.containment()).isEqualTo(Containment.INDETERMINATE);
    assertThat(hit.interval()).contains("not-a-version");
  }

  @Test
  void gitRangesAreNeverEvaluated() throws Exception {
    AffectedRange git =
        new AffectedRange(RangeType.GIT, "https://example.org/r.git",
            List.of(new Introduced("0"), new Fixed("1b085e6b351350816a6ad6e2f1a88e519b093382")));
    assertThat(eval(git, "1.0.0").containment()).isEqualTo(Containment.NOT_AFFECTED);
  }

  @Test
  void containmentCombinesAffectedFirstThenIndeterminate() {
    assertThat(Containment.NOT_AFFECTED.or(Containment.INDETERMINATE))
        .isEqualTo(Containment.INDETERMINATE);
    assertThat(Containment.INDETERMINATE.or(Containment.AFFECTED)).isEqualTo(Containment.AFFECTED);
    assertThat(Containment.NOT_AFFECTED.or(Containment.NOT_AFFECTED))
        .isEqualTo(Containment.NOT_AFFECTED);
  }
}
