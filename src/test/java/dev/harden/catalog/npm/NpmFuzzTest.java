package dev.harden.catalog.npm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the npm cataloguer: a {@code package-lock.json} (alone, and beside an installed tree) and
 * an installed {@code package.json}. See {@link CatalogFuzzing}; regression inputs:
 * {@code NpmFuzzTestInputs/}.
 */
class NpmFuzzTest {

  private static final byte[] INSTALLED = "{\"name\":\"left-pad\",\"version\":\"1.3.0\"}"
      .getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "20s")
  void lock(byte[] bytes) {
    CatalogFuzzing.run(new NpmCataloger(), Map.of("/app/package-lock.json", bytes,
        "/app/node_modules/left-pad/package.json", INSTALLED));
  }

  @FuzzTest(maxDuration = "20s")
  void packageJson(byte[] bytes) {
    CatalogFuzzing.run(new NpmCataloger(), "/app/node_modules/@scope/x/package.json", bytes);
  }
}
