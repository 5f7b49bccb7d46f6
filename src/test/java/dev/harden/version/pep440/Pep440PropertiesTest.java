package dev.harden.version.pep440;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import org.junit.jupiter.api.Test;

class Pep440PropertiesTest extends VersionSchemeProperties {

  /** An optional epoch and a release: no pre, post, dev or local part. */
  private static final Generator<String> RELEASES =
      concat(oneOf("", "", "", "1!", "0!"), joined(oneOf("0", "1", "2", "10", "00"), 1, 4, "."));

  @Override
  protected VersionScheme scheme() {
    return Pep440Scheme.INSTANCE;
  }

  @Override
  protected Generator<String> versions() {
    Generator<String> pre = oneOf("", "", "a1", "b2", "rc1", "alpha", "c3", ".pre1");
    Generator<String> post = oneOf("", "", ".post1", "-2", "post0", ".rev3");
    Generator<String> dev = oneOf("", "", ".dev0", "dev3");
    Generator<String> local = oneOf("", "", "", "+local", "+ubuntu.1", "+1", "+a.5");
    return concat(RELEASES, pre, post, dev, local);
  }

  @Test
  void preReleasesSortBeforeTheRelease() {
    forAll(
        "preReleasesSortBeforeTheRelease",
        RELEASES,
        v -> {
          assertThat(parse(v + "rc1").compareTo(parse(v))).as("%src1 < %s", v, v).isNegative();
          assertThat(parse(v + ".dev0").compareTo(parse(v + "a0")))
              .as("%s.dev0 < %sa0", v, v)
              .isNegative();
          assertThat(parse(v + ".post1").compareTo(parse(v))).as("%s.post1 > %s", v, v).isPositive();
        });
  }
}
