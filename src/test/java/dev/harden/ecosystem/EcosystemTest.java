package dev.harden.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.version.RangeType;
import dev.harden.version.semver.SemverScheme;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcosystemTest {

  @Test
  void everyEcosystemHasAScheme() {
    for (Ecosystem e : Ecosystem.values()) {
      assertThat(e.scheme()).as(e.name()).isNotNull();
      assertThat(Ecosystem.fromOsv(e.osvName())).contains(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Debian:12, DEBIAN, 12",
    "Alpine:v3.19, ALPINE, v3.19",
    "Ubuntu:22.04:LTS, UBUNTU, 22.04:LTS",
    "Ubuntu:Pro:14.04:LTS, UBUNTU, Pro:14.04:LTS",
    "crates.io, CRATES_IO, ''",
    "npm, NPM, ''",
  })
  void readsOsvEcosystemStrings(String osv, Ecosystem eco, String release) {
    assertThat(Ecosystem.fromOsv(osv)).contains(eco);
    assertThat(Ecosystem.releaseOf(osv).orElse("")).isEqualTo(release);
  }

  @ParameterizedTest
  @CsvSource({
    "DEBIAN, 12, 12",
    "DEBIAN, 12.4, 12",
    "ALPINE, v3.19, 3.19",
    "ALPINE, 3.19.1, 3.19",
    "UBUNTU, 22.04:LTS, 22.04",
    "UBUNTU, 22.04, 22.04",
    "UBUNTU, Pro:14.04:LTS, pro:14.04",
  })
  void advisoryAndDetectedReleasesMeetOnOneKey(Ecosystem eco, String release, String key) {
    assertThat(eco.releaseKey(release)).contains(key);
  }

  @Test
  void languageEcosystemsHaveNoReleases() {
    assertThat(Ecosystem.NPM.releaseKey("12")).isEqualTo(Optional.empty());
    assertThat(Ecosystem.DEBIAN.releaseKey(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "PYPI, Django_REST.framework, django-rest-framework",
    "PYPI, zope.interface, zope-interface",
    "MAVEN, org.apache.logging.log4j/log4j-core, org.apache.logging.log4j:log4j-core",
    "NPM, %40babel/core, @babel/core",
    "NPM, JSONStream, jsonstream",
    "GO, github.com/gogo/protobuf, github.com/gogo/protobuf",
    "DEBIAN, libssl3, libssl3",
  })
  void normalisesNames(Ecosystem eco, String name, String normalised) {
    assertThat(eco.normaliseName(name)).isEqualTo(normalised);
  }

  @Test
  void semverRangesUseSemverWhateverTheEcosystem() {
    assertThat(Ecosystem.DEBIAN.schemeFor(RangeType.SEMVER)).isSameAs(SemverScheme.STRICT);
    assertThat(Ecosystem.GO.schemeFor(RangeType.SEMVER)).isSameAs(SemverScheme.GO);
    assertThat(Ecosystem.DEBIAN.schemeFor(RangeType.ECOSYSTEM)).isSameAs(Ecosystem.DEBIAN.scheme());
  }
}
