package dev.harden.version.semver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SemverPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return SemverScheme.NPM;
  }

  @Override
  @Provide
  protected Arbitrary<String> versions() {
    Arbitrary<String> n = Arbitraries.of("0", "1", "2", "10", "99");
    Arbitrary<String> pre =
        Arbitraries.of("alpha", "beta", "rc", "0", "1", "11", "2", "x-y")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(ids -> "-" + String.join(".", ids));
    Arbitrary<String> optionalPre = Arbitraries.oneOf(Arbitraries.just(""), pre);
    Arbitrary<String> build = Arbitraries.of("", "", "", "+b1", "+sha.5114f85");
    Arbitrary<String> prefix = Arbitraries.of("", "", "", "v", "=");
    return Combinators.combine(prefix, n, n, n, optionalPre, build)
        .as((p, a, b, c, r, m) -> p + a + "." + b + "." + c + r + m);
  }

  @Property(tries = 300)
  void aPreReleaseSortsBeforeItsRelease(@ForAll("versions") String v) {
    String release = v.replaceFirst("[-+].*$", "");
    assertThat(parse(release + "-rc.1").compareTo(parse(release))).isNegative();
  }
}
