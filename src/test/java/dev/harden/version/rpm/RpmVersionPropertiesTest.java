package dev.harden.version.rpm;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import org.junit.jupiter.api.Test;

class RpmVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return RpmVersionScheme.INSTANCE;
  }

  @Override
  protected Generator<String> versions() {
    Generator<String> epoch = oneOf("", "", "", "0:", "1:", "01:");
    Generator<String> part =
        concat(
            oneOf("0", "1", "2", "10", "01", "a", "rc"),
            oneOf("", "", "a", "~rc1", "^git", "~", "^", "_1"));
    Generator<String> release = oneOf("", "-1", "-2", "-1.el8", "-1.el8_4", "-0.1.rc1");
    return concat(epoch, joined(part, 1, 4, "."), release);
  }

  @Test
  void anEpochOutranksEverythingAfterIt() {
    checkAnEpochOutranksEverythingAfterIt();
  }

  @Test
  void aTildeInTheVersionSortsBeforeIt() {
    forAll(
        "aTildeInTheVersionSortsBeforeIt",
        versions(),
        a -> {
          String stem = a.contains("-") ? a.substring(0, a.lastIndexOf('-')) : a;
          String v = stem + "~pre" + a.substring(stem.length());
          assertThat(parse(v).compareTo(parse(a))).as("%s < %s", v, a).isNegative();
        });
  }
}
