package dev.harden.version.pep440;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Pep440PropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return Pep440Scheme.INSTANCE;
  }

  @Override
  @Provide
  protected Arbitrary<String> versions() {
    Arbitrary<String> epoch = Arbitraries.of("", "", "", "1!", "0!");
    Arbitrary<String> release =
        Arbitraries.of("0", "1", "2", "10", "00")
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(ns -> String.join(".", ns));
    Arbitrary<String> pre = Arbitraries.of("", "", "a1", "b2", "rc1", "alpha", "c3", ".pre1");
    Arbitrary<String> post = Arbitraries.of("", "", ".post1", "-2", "post0", ".rev3");
    Arbitrary<String> dev = Arbitraries.of("", "", ".dev0", "dev3");
    Arbitrary<String> local = Arbitraries.of("", "", "", "+local", "+ubuntu.1", "+1", "+a.5");
    return Combinators.combine(epoch, release, pre, post, dev, local)
        .as((e, r, p, po, d, l) -> e + r + p + po + d + l);
  }

  @Property(tries = 300)
  void preReleasesSortBeforeTheRelease(@ForAll("versions") String v) {
    if (!v.matches("^(\\d+!)?[\\d.]+$")) {
      return;
    }
    assertThat(parse(v + "rc1").compareTo(parse(v))).isNegative();
    assertThat(parse(v + ".dev0").compareTo(parse(v + "a0"))).isNegative();
    assertThat(parse(v + ".post1").compareTo(parse(v))).isPositive();
  }
}
