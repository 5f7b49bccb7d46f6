package dev.harden.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;

/**
 * Fuzzes the reading of image JSON: manifests, indexes (and the platform choice below them) and
 * configs. A document is read or refused with an {@link InputException} naming it.
 * Regression inputs: {@code ImageJsonFuzzTestInputs/}.
 */
class ImageJsonFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void manifestOrIndex(byte[] bytes) {
    try {
      JsonNode doc = ImageJson.tree(bytes, "fuzz");
      String type = ImageJson.mediaTypeOf(doc);
      if (MediaTypes.isIndex(type)) {
        ImageJson.index(doc, "fuzz").manifests().forEach(d -> {
          if (d.platform() != null) {
            Platform.LINUX_AMD64.matches(d.platform());
          }
        });
      } else {
        ImageJson.manifest(doc, "fuzz");
      }
    } catch (InputException refused) {
      assertThat(refused.source()).startsWith("fuzz");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void config(byte[] bytes) {
    try {
      ImageConfig c = ImageJson.config(bytes, "fuzz");
      c.platform();
      c.config();
    } catch (InputException refused) {
      assertThat(refused.source()).startsWith("fuzz");
    }
  }
}
