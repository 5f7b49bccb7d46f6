package dev.harden.version.apk;

import static dev.harden.version.Generator.concat;
import static dev.harden.version.Generator.joined;
import static dev.harden.version.Generator.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.Generator;
import dev.harden.version.VersionScheme;
import dev.harden.version.VersionSchemeProperties;
import org.junit.jupiter.api.Test;

class ApkVersionPropertiesTest extends VersionSchemeProperties {

  /** Dotted numbers and an optional letter: a release with no suffix and no revision. */
  private static final Generator<String> RELEASES =
      concat(
          joined(oneOf("0", "1", "2", "9", "10", "01", "00", "001", "2023"), 1, 4, "."),
          oneOf("", "", "", "a", "b", "z"));

  @Override
  protected VersionScheme scheme() {
    return ApkVersionScheme.INSTANCE;
  }

  @Override
  protected Generator<String> versions() {
    Generator<String> suffix =
        oneOf(
            "", "", "_alpha", "_beta2", "_pre", "_rc1", "_cvs", "_svn", "_git20230717", "_hg",
            "_p", "_p1", "_alpha_pre2", "_rc1_p2");
    Generator<String> revision = oneOf("", "", "-r0", "-r1", "-r10", "-r01");
    return concat(RELEASES, suffix, revision);
  }

  @Test
  void preReleaseSuffixesSortBeforeTheRelease() {
    forAll(
        "preReleaseSuffixesSortBeforeTheRelease",
        RELEASES,
        v -> {
          if (v.matches(".*\\.0+[a-z]?$")) {
            return; // see the apk-tools 2.x quirk for all-zero components in ApkVersionSchemeTest
          }
          assertThat(parse(v + "_rc1").compareTo(parse(v))).as("%s_rc1 < %s", v, v).isNegative();
          assertThat(parse(v + "_p1").compareTo(parse(v))).as("%s_p1 > %s", v, v).isPositive();
          assertThat(parse(v + "-r1").compareTo(parse(v))).as("%s-r1 > %s", v, v).isPositive();
        });
  }
}
