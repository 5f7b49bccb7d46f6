package dev.harden.version.deb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DebianVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return DebianVersionScheme.INSTANCE;
  }

  @Override
  @Provide
  protected Arbitrary<String> versions() {
    Arbitrary<String> epoch = Arbitraries.of("", "", "", "0:", "1:", "2:", "00:", "10:");
    Arbitrary<String> number = Arbitraries.of("0", "1", "2", "9", "10", "01", "00", "100", "2023");
    Arbitrary<String> part =
        Combinators.combine(number, Arbitraries.of("", "", "a", "b", "~", "~rc", "+", "+dfsg", "~~"))
            .as(String::concat);
    Arbitrary<String> upstream =
        part.list().ofMinSize(1).ofMaxSize(4).map(ps -> String.join(".", ps));
    Arbitrary<String> revision =
        Arbitraries.of("", "", "-0", "-1", "-1+deb12u3", "-1~deb12u2", "-2ubuntu1", "-1.1", "-0~");
    return Combinators.combine(epoch, upstream, revision).as((e, u, r) -> e + u + r);
  }

  @Property(tries = 300)
  void anEpochOutranksEverythingAfterIt(
      @ForAll("versions") String a, @ForAll("versions") String b) {
    if (a.contains(":") || b.contains(":")) {
      return;
    }
    assertThat(parse("1:" + a).compareTo(parse(b))).isPositive();
  }

  @Property(tries = 300)
  void aTildeSortsBeforeTheEnd(@ForAll("versions") String a) {
    String v = a.contains("-") ? a.replaceFirst("-", "~x-") : a + "~x";
    assertThat(parse(v).compareTo(parse(a))).as("%s < %s", v, a).isNegative();
  }
}
