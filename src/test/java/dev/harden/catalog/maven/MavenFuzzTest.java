package dev.harden.catalog.maven;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;

/**
 * Fuzzes the Java archive cataloguer with the bytes of a jar (zip structure, nested archives,
 * {@code pom.properties}, {@code pom.xml}, the manifest). See {@link CatalogFuzzing}; regression
 * inputs: {@code MavenFuzzTestInputs/}.
 */
class MavenFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void jar(byte[] bytes) {
    CatalogFuzzing.run(new MavenCataloger(), "/app/lib/app-1.0.jar", bytes);
  }
}
