package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;

/**
 * Fuzzes the OSV importer's record reading: JSON and YAML text into an {@link Advisory} (ranges,
 * versions in each ecosystem's scheme, severities) or a CVE record's severities. A record is
 * converted or refused with an {@link InputException} naming the file; nothing else escapes.
 * Regression inputs: {@code OsvFuzzTestInputs/}.
 */
class OsvFuzzTest {

  private static final OsvParser PARSER = new OsvParser();

  @FuzzTest(maxDuration = "20s")
  void jsonRecord(byte[] bytes) {
    try {
      convert("fuzz.json", PARSER.readJson("fuzz.json", bytes));
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo("fuzz.json");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void yamlRecord(byte[] bytes) {
    try {
      convert("fuzz.yaml", PARSER.readYaml("fuzz.yaml", bytes));
    } catch (InputException refused) {
      assertThat(refused.source()).isEqualTo("fuzz.yaml");
    }
  }

  private static void convert(String name, JsonNode tree) throws InputException {
    if (OsvParser.isOsv(tree)) {
      PARSER.parse(name, tree);
    } else if (CveRecords.isCveRecord(tree)) {
      CveRecords.severities(tree);
    }
  }
}
