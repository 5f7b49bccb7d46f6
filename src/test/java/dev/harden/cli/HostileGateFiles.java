package dev.harden.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile gate inputs for {@code harden ci}: policy files, allowlists and VEX documents that are
 * malformed, huge, nested deep or repeat a key, plus the plain Dockerfile the gate runs over.
 */
final class HostileGateFiles {

  private HostileGateFiles() {}

  /** A Dockerfile with findings but nothing wrong with it as input. */
  static Path plainDockerfile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nRUN apt-get update\n");
  }

  // --- policy -------------------------------------------------------------------------------

  static Path policyNotYaml(Path dir) throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"),
        "version: 1\nrules:\n  - name: block-critical\n    verdict: [block\n");
  }

  static Path policyDuplicateKey(Path dir) throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"), "version: 1\nrules:\n"
        + "  - name: allow-all\n    verdict: block\n    verdict: allow\n");
  }

  static Path policyDuplicateTopKey(Path dir) throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"), "version: 1\n"
        + "rules:\n  - name: a\n    verdict: block\n"
        + "rules:\n  - name: b\n    verdict: allow\n");
  }

  static Path policyAliasBomb(Path dir) throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"), aliasBomb() + "rules: []\n");
  }

  static Path policyNestedDeep(Path dir) throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"), "version: 1\nrules: "
        + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
  }

  static Path policyBinary(Path dir) throws IOException {
    return Files.write(dir.resolve("policy.yaml"),
        java.util.Arrays.copyOf(Files.readAllBytes(Path.of("/bin/ls")), 4096));
  }

  /** 100 MiB of valid YAML comments: the size limit, not the heap, must stop it. */
  static Path policyHuge(Path dir) throws IOException {
    return huge(dir.resolve("policy.yaml"), "version: 1\nrules: []\n");
  }

  // --- allowlist ----------------------------------------------------------------------------

  static Path allowlistNotYaml(Path dir) throws IOException {
    return Files.writeString(dir.resolve("allow.yaml"),
        "- id: HD001\n  reason: \"unterminated\n  expires: 2030-01-01\n");
  }

  static Path allowlistDuplicateKey(Path dir) throws IOException {
    return Files.writeString(dir.resolve("allow.yaml"), "- id: HD001\n  reason: pinned later\n"
        + "  expires: 2030-01-01\n  id: '*'\n");
  }

  static Path allowlistBadDate(Path dir) throws IOException {
    return Files.writeString(dir.resolve("allow.yaml"),
        "- id: HD001\n  reason: pinned later\n  expires: 2030-02-31\n");
  }

  static Path allowlistAliasBomb(Path dir) throws IOException {
    return Files.writeString(dir.resolve("allow.yaml"), aliasBomb() + "entries: []\n");
  }

  static Path allowlistNestedDeep(Path dir) throws IOException {
    return Files.writeString(dir.resolve("allow.yaml"),
        "[".repeat(100_000) + "]".repeat(100_000) + "\n");
  }

  static Path allowlistHuge(Path dir) throws IOException {
    return huge(dir.resolve("allow.yaml"), "- id: HD001\n  reason: r\n  expires: 2030-01-01\n");
  }

  // --- VEX ----------------------------------------------------------------------------------

  private static final String OPENVEX_HEAD = "{\"@context\": \"https://openvex.dev/ns/v0.2.0\",\n"
      + " \"@id\": \"https://example.com/vex-1\", \"author\": \"x\",\n"
      + " \"timestamp\": \"2024-01-01T00:00:00Z\", \"version\": 1,\n \"statements\": [\n";

  private static String statement(int i) {
    return "  {\"vulnerability\": {\"name\": \"CVE-2024-" + (10000 + i) + "\"},"
        + " \"products\": [{\"@id\": \"pkg:deb/debian/openssl@3.0." + i + "\"}],"
        + " \"status\": \"not_affected\", \"justification\": \"vulnerable_code_not_present\"}";
  }

  static Path vexCutShort(Path dir) throws IOException {
    return Files.writeString(dir.resolve("vex.json"), OPENVEX_HEAD + statement(1) + ",\n"
        + statement(2).substring(0, 40));
  }

  static Path vexDuplicateKey(Path dir) throws IOException {
    return Files.writeString(dir.resolve("vex.json"), OPENVEX_HEAD + statement(1) + ",\n"
        + "  {\"vulnerability\": {\"name\": \"CVE-2024-1\"}, \"status\": \"affected\",\n"
        + "   \"status\": \"not_affected\", \"products\": []}\n]}\n");
  }

  static Path vexBadStatus(Path dir) throws IOException {
    return Files.writeString(dir.resolve("vex.json"), OPENVEX_HEAD + statement(1) + ",\n"
        + "  {\"vulnerability\": {\"name\": \"CVE-2024-1\"}, \"status\": \"fine\"}\n]}\n");
  }

  static Path vexNestedDeep(Path dir) throws IOException {
    return Files.writeString(dir.resolve("vex.json"), OPENVEX_HEAD + "  {\"products\": "
        + "[".repeat(100_000) + "]".repeat(100_000) + "}\n]}\n");
  }

  static Path vexNotVex(Path dir) throws IOException {
    return Files.writeString(dir.resolve("vex.json"), "[1, 2, 3]\n");
  }

  /** Over the VEX size limit (16 MiB). */
  static Path vexHuge(Path dir) throws IOException {
    return vexStatements(dir, 40 << 20);
  }

  /** Just under the size limit, all statements: must be read within -Xmx256m. */
  static Path vexLargeUnderLimit(Path dir) throws IOException {
    return vexStatements(dir, (16 << 20) - 4096);
  }

  private static Path vexStatements(Path dir, long bytes) throws IOException {
    Path file = dir.resolve("vex.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      w.write(OPENVEX_HEAD);
      long written = OPENVEX_HEAD.length();
      for (int i = 0; written < bytes; i++) {
        String s = (i == 0 ? "" : ",\n") + statement(i);
        w.write(s);
        written += s.length();
      }
      w.write("\n]}\n");
    }
    return file;
  }

  // --- shared -------------------------------------------------------------------------------

  private static String aliasBomb() {
    StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      s.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        s.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      s.append("]\n");
      prev = c;
    }
    return s.toString();
  }

  private static Path huge(Path file, String head) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      w.write(head);
      String comment = "# " + "x".repeat(1021) + "\n";
      for (int i = 0; i < 100 * 1024; i++) {
        w.write(comment);
      }
    }
    return file;
  }
}
