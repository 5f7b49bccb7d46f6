package dev.harden.catalog.dpkg;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the dpkg cataloguer: the status file, a distroless {@code status.d} stanza and a
 * machine-readable copyright file. See {@link CatalogFuzzing} for what is checked; regression
 * inputs: {@code DpkgFuzzTestInputs/}.
 */
class DpkgFuzzTest {

  private static final byte[] ONE_PACKAGE = ("Package: pkg\nStatus: install ok installed\n"
      + "Version: 1.0-1\nArchitecture: amd64\n\n").getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "20s")
  void status(byte[] bytes) {
    CatalogFuzzing.run(new DpkgCataloger(), "/var/lib/dpkg/status", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void distrolessStanza(byte[] bytes) {
    CatalogFuzzing.run(new DpkgCataloger(), "/var/lib/dpkg/status.d/pkg", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void copyrightAndFileList(byte[] bytes) {
    CatalogFuzzing.run(new DpkgCataloger(), Map.of("/var/lib/dpkg/status", ONE_PACKAGE,
        "/usr/share/doc/pkg/copyright", bytes, "/var/lib/dpkg/info/pkg.list", bytes));
  }
}
