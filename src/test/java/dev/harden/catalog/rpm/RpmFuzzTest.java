package dev.harden.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.catalog.CatalogFuzzing;
import java.io.IOException;
import java.util.Arrays;

/**
 * Fuzzes the rpm readers: a database file (Berkeley DB, ndb or sqlite, told apart by magic, as the
 * cataloguer does), one header blob, and CBL-Mariner's manifest. See {@link CatalogFuzzing};
 * regression inputs: {@code RpmFuzzTestInputs/}.
 */
class RpmFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void database(byte[] bytes) {
    CatalogFuzzing.run(new RpmCataloger(), "/var/lib/rpm/Packages", bytes);
  }

  @FuzzTest(maxDuration = "20s")
  void berkeleyDb(byte[] bytes) {
    // most inputs would fail the magic check: put the Berkeley DB hash magic where it belongs
    byte[] db = Arrays.copyOf(bytes, Math.max(bytes.length, 512));
    db[12] = 0x61;
    db[13] = 0x15;
    db[14] = 0x06;
    db[15] = 0x00;
    assertThatCode(() -> {
      try {
        BerkeleyDbReader.values(db, 1 << 20);
      } catch (IOException refused) {
        // corrupt or lying: refused with a message
      }
    }).doesNotThrowAnyException();
  }

  @FuzzTest(maxDuration = "20s")
  void header(byte[] bytes) {
    try {
      RpmHeader h = RpmHeader.parse(bytes);
      for (int tag : new int[] {RpmHeader.NAME, RpmHeader.EPOCH, RpmHeader.LICENSE,
          RpmHeader.SOURCERPM, RpmHeader.BASENAMES}) {
        h.string(tag);
        h.stringArray(tag);
        h.ints(tag);
      }
      h.files();
    } catch (IllegalArgumentException refused) {
      // RpmHeader reports a malformed blob this way; RpmPackages turns it into an unknown
    }
  }

  @FuzzTest(maxDuration = "20s")
  void marinerManifest(byte[] bytes) {
    CatalogFuzzing.run(new RpmCataloger(), "/var/lib/rpmmanifest/container-manifest-2", bytes);
  }
}
