package dev.harden.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowlistLoaderTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve(".harden-allow.yaml"), text);
  }

  private void assertError(String text, int line, String says) throws IOException {
    Path f = write(text);
    assertThatThrownBy(() -> AllowlistLoader.load(f))
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.source()).isEqualTo(f.toString());
          assertThat(ie.line()).as(ie.describe()).isEqualTo(line);
          assertThat(ie.getMessage()).contains(says);
        });
  }

  @Test
  void aListOrAMappingWithEntries() throws Exception {
    Allowlist list = AllowlistLoader.load(write("""
        - id: CVE-2021-23337
          package: lodash@4.17.15
          reason: r
          ticket: SEC-1
          expires: 2026-12-31
        """));
    assertThat(list.entries()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.pkg()).isEqualTo("lodash@4.17.15");
      assertThat(e.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    });
    assertThat(list.warnings()).isEmpty();
    Allowlist map = AllowlistLoader.load(write("entries:\n  - id: HD005\n"));
    assertThat(map.entries()).extracting(AllowEntry::id).containsExactly("HD005");
    assertThat(map.warnings()).hasSize(2);
    assertThat(AllowlistLoader.load(write("# nothing yet\n")).entries()).isEmpty();
  }

  @Test
  void errorsCarryTheLine() throws IOException {
    assertError("- id: CVE-1\n  reson: typo\n", 2, "unknown key 'reson' in an allowlist entry");
    assertError("- id: CVE-1\n  expires: 2026-13-01\n", 2, "must be a date written YYYY-MM-DD");
    assertError("- id: CVE-1\n  expires: next year\n", 2, "not 'next year'");
    assertError("- id: [CVE-1, CVE-2]\n", 1, "id must be a single value, not a list");
    assertError("- reason: no id\n", 1, "needs an id");
    assertError("- id: CVE-1\n  purl: lodash\n", 2, "not a package URL");
    assertError("- id: CVE-1\n  reason: \"unterminated\n", 3, "invalid YAML");
    assertError("id: CVE-1\n", 1, "unknown key 'id' in the allowlist");
    assertError("entries: CVE-1\n", 1, "must be a list");
    assertError("- CVE-1\n", 1, "an allowlist entry must be a mapping");
  }
}
