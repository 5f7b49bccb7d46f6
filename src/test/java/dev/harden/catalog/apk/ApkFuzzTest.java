package dev.harden.catalog.apk;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;

/**
 * Fuzzes the apk cataloguer's {@code /lib/apk/db/installed} reader. See {@link CatalogFuzzing};
 * regression inputs: {@code ApkFuzzTestInputs/}.
 */
class ApkFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void installed(byte[] bytes) {
    CatalogFuzzing.run(new ApkCataloger(), "/lib/apk/db/installed", bytes);
  }
}
