package dev.harden.version.semver;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;
import static dev.harden.version.Generator.optional;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import org.junit.jupiter.api.Test;

class SemverPropertiesTest extends VersionSchemeProperties {

  @Override
  protected VersionScheme scheme() {
    return SemverScheme.NPM;
  }

  @Override
  protected Generator<String> versions() {
    Generator<String> n = oneOf("0", "1", "2", "10", "99");
    Generator<String> dot = oneOf(".");
    Generator<String> pre =
        joined(oneOf("alpha", "beta", "rc", "0", "1", "11", "2", "x-y"), 1, 3, ".")
            .map(ids -> "-" + ids);
    Generator<String> build = oneOf("", "", "", "+b1", "+sha.5114f85");
    Generator<String> prefix = oneOf("", "", "", "v", "=");
    return concat(prefix, n, dot, n, dot, n, optional(pre), build);
  }

  @Test
  void aPreReleaseSortsBeforeItsRelease() {
    forAll(
        "aPreReleaseSortsBeforeItsRelease",
        versions(),
        v -> {
          String release = v.replaceFirst("[-+].*$", "");
          assertThat(parse(release + "-rc.1").compareTo(parse(release)))
              .as("%s-rc.1 < %s", release, release)
              .isNegative();
        });
  }
}
