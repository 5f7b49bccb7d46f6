package dev.harden.version.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RpmVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return RpmVersionScheme.INSTANCE;
  }

  @Override
  @Provide
  protected Arbitrary<String> versions() {
    Arbitrary<String> epoch = Arbitraries.of("", "", "", "0:", "1:", "01:");
    Arbitrary<String> part =
        Combinators.combine(
                Arbitraries.of("0", "1", "2", "10", "01", "a", "rc"),
                Arbitraries.of("", "", "a", "~rc1", "^git", "~", "^", "_1"))
            .as(String::concat);
    Arbitrary<String> version = part.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join(".", p));
    Arbitrary<String> release = Arbitraries.of("", "-1", "-2", "-1.el8", "-1.el8_4", "-0.1.rc1");
    return Combinators.combine(epoch, version, release).as((e, v, r) -> e + v + r);
  }

  @Property(tries = 300)
  void epochAndTildeRules(@ForAll("versions") String a, @ForAll("versions") String b) {
    if (!a.contains(":") && !b.contains(":")) {
      assertThat(parse("1:" + a).compareTo(parse(b))).isPositive();
    }
    String stem = a.contains("-") ? a.substring(0, a.lastIndexOf('-')) : a;
    String rest = a.substring(stem.length());
    assertThat(parse(stem + "~pre" + rest).compareTo(parse(a))).isNegative();
  }
}
