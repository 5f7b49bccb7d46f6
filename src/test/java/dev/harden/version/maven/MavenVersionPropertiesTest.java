package dev.harden.version.maven;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;

class MavenVersionPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return MavenVersionScheme.INSTANCE;
  }

  /** The shapes Maven Central versions take: dotted numbers and a common qualifier. */
  @Override
  protected Generator<String> versions() {
    Generator<String> numbers = joined(oneOf("0", "1", "2", "10", "01", "9"), 1, 4, ".");
    Generator<String> qualifier =
        oneOf(
            "", "", "", "-alpha", "-alpha-1", "-beta2", "-M1", "-rc1", "-RC2", "-SNAPSHOT",
            ".RELEASE", "-ga", "-final", "-sp1", "-jre", "-android", ".Final", "-1");
    return concat(numbers, qualifier);
  }
}
