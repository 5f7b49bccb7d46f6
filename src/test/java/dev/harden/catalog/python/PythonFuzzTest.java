package dev.harden.catalog.python;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the Python cataloguer: core metadata ({@code METADATA}), its {@code RECORD}, and a zipped
 * egg. See {@link CatalogFuzzing}; regression inputs: {@code PythonFuzzTestInputs/}.
 */
class PythonFuzzTest {

  private static final String SITE = "/usr/lib/python3/site-packages/";
  private static final byte[] METADATA = "Metadata-Version: 2.1\nName: x\nVersion: 1.0\n"
      .getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "20s")
  void metadata(byte[] bytes) {
    CatalogFuzzing.run(new PythonCataloger(), SITE + "x-1.0.dist-info/METADATA", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void record(byte[] bytes) {
    CatalogFuzzing.run(new PythonCataloger(), Map.of(SITE + "x-1.0.dist-info/METADATA", METADATA,
        SITE + "x-1.0.dist-info/RECORD", bytes));
  }

  @FuzzTest(maxDuration = "20s")
  void egg(byte[] bytes) {
    CatalogFuzzing.run(new PythonCataloger(), SITE + "x-1.0-py3.11.egg", bytes);
  }
}
