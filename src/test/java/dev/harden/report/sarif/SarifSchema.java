package dev.harden.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

/** The published SARIF 2.1.0 schema, for tests of every command that writes SARIF. */
public final class SarifSchema {

  private static final JsonSchema SCHEMA = load();

  private SarifSchema() {}

  private static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/schemas/sarif-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Schema violations of a SARIF document, empty when it is valid. */
  public static Set<String> violations(JsonNode sarif) {
    Set<String> out = new TreeSet<>();
    for (ValidationMessage m : SCHEMA.validate(sarif)) {
      out.add(m.getMessage());
    }
    return out;
  }
}
