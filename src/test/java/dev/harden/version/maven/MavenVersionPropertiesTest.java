package dev.harden.version.maven;

import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

class MavenVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return MavenVersionScheme.INSTANCE;
  }

  /** The shapes Maven Central versions take: dotted numbers and a common qualifier. */
  @Override
  @Provide
  protected Arbitrary<String> versions() {
    Arbitrary<String> numbers =
        Arbitraries.of("0", "1", "2", "10", "01", "9")
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(ns -> String.join(".", ns));
    Arbitrary<String> qualifier =
        Arbitraries.of(
            "", "", "", "-alpha", "-alpha-1", "-beta2", "-M1", "-rc1", "-RC2", "-SNAPSHOT",
            ".RELEASE", "-ga", "-final", "-sp1", "-jre", "-android", ".Final", "-1");
    return Combinators.combine(numbers, qualifier).as(String::concat);
  }
}
