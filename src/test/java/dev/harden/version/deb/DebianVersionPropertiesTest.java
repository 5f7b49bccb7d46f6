package dev.harden.version.deb;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import org.junit.jupiter.api.Test;

class DebianVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return DebianVersionScheme.INSTANCE;
  }

  @Override
  protected Generator<String> versions() {
    Generator<String> epoch = oneOf("", "", "", "0:", "1:", "2:", "00:", "10:");
    Generator<String> number = oneOf("0", "1", "2", "9", "10", "01", "00", "100", "2023");
    Generator<String> part =
        concat(number, oneOf("", "", "a", "b", "~", "~rc", "+", "+dfsg", "~~"));
    Generator<String> revision =
        oneOf("", "", "-0", "-1", "-1+deb12u3", "-1~deb12u2", "-2ubuntu1", "-1.1", "-0~");
    return concat(epoch, joined(part, 1, 4, "."), revision);
  }

  @Test
  void anEpochOutranksEverythingAfterIt() {
    checkAnEpochOutranksEverythingAfterIt();
  }

  @Test
  void aTildeSortsBeforeTheEnd() {
    forAll(
        "aTildeSortsBeforeTheEnd",
        versions(),
        a -> {
          String v = a.contains("-") ? a.replaceFirst("-", "~x-") : a + "~x";
          assertThat(parse(v).compareTo(parse(a))).as("%s < %s", v, a).isNegative();
        });
  }
}
