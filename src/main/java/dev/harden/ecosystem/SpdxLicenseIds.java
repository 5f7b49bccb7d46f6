package dev.harden.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX licence list, as shipped by cyclonedx-core-java ({@code spdx.schema.json}), to tell a
 * declared licence that is an SPDX identifier (reported as an id) from a free name (reported as a
 * name). Matching ignores case, as SPDX does.
 */
public final class SpdxLicenseIds {

  private final Map<String, String> byLowerCase;

  private SpdxLicenseIds(Map<String, String> byLowerCase) {
    this.byLowerCase = byLowerCase;
  }

  public static SpdxLicenseIds load() {
    try (InputStream in = SpdxLicenseIds.class.getResourceAsStream("/spdx.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("spdx.schema.json missing from the class path");
      }
      JsonNode schema = new ObjectMapper().readTree(in);
      Map<String, String> ids = new HashMap<>();
      for (JsonNode id : schema.get("enum")) {
        ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText());
      }
      return new SpdxLicenseIds(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical SPDX id for a declared name, if it is one. */
  public Optional<String> id(String declared) {
    return Optional.ofNullable(byLowerCase.get(declared.trim().toLowerCase(Locale.ROOT)));
  }
}
