package dev.harden.catalog.golang;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;

/**
 * Fuzzes the Go cataloguer's ELF reader and build-info decoder with an executable that starts with
 * the ELF magic (anything else is not looked at). See {@link CatalogFuzzing}; regression inputs:
 * {@code GoFuzzTestInputs/}.
 */
class GoFuzzTest {

  private static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};

  @FuzzTest(maxDuration = "20s")
  void executable(byte[] bytes) {
    byte[] elf = bytes.length >= 4 ? bytes.clone() : java.util.Arrays.copyOf(bytes, 4);
    System.arraycopy(MAGIC, 0, elf, 0, 4);
    CatalogFuzzing.run(new GoBinaryCataloger(), "/usr/local/bin/app", elf);
  }
}
