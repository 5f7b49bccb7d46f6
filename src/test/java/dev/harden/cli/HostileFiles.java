package dev.harden.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile text inputs too large or too repetitive to keep as files: Dockerfiles, Kubernetes
 * manifests, OSV records and archives, vulnerability databases for the fail-closed cases.
 */
final class HostileFiles {

  private HostileFiles() {}

  static Path tenMegabyteDockerfileLine(Path dir) throws IOException {
    return Files.writeString(dir.resolve("Dockerfile"),
        "FROM alpine:3.20\nRUN echo " + "a".repeat(10 << 20) + "\n");
  }

  static Path fiveMegabyteDockerfile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("Dockerfile"),
        "FROM alpine:3.20\n" + "RUN echo 0123456789012345678901234567890123456789\n".repeat(100_000));
  }

  static Path binaryDockerfile(Path dir) throws IOException {
    return Files.write(dir.resolve("Dockerfile"),
        java.util.Arrays.copyOf(Files.readAllBytes(Path.of("/bin/ls")), 8192));
  }

  static Path deepSubshellDockerfile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\nRUN "
        + "$(".repeat(5000) + "echo" + ")".repeat(5000) + " && " + "(".repeat(5000) + "true"
        + ")".repeat(5000) + "\nUSER 65532\n");
  }

  static Path deepJsonManifest(Path dir) throws IOException {
    return Files.writeString(dir.resolve("deploy.json"), "{\"a\":" + "[".repeat(100_000)
        + "]".repeat(100_000) + "}");
  }

  static Path deepYamlManifest(Path dir) throws IOException {
    return Files.writeString(dir.resolve("deploy.yaml"), "apiVersion: v1\nkind: Pod\nspec: "
        + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
  }

  static Path manyDocumentsManifest(Path dir) throws IOException {
    return Files.writeString(dir.resolve("deploy.yaml"), "apiVersion: v1\nkind: Pod\n"
        + "---\n{}\n".repeat(200_000));
  }

  static Path deepJsonOsv(Path dir) throws IOException {
    return Files.writeString(dir.resolve("GHSA-deep.json"), "{\"id\":\"GHSA-deep\","
        + "\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":" + "[".repeat(100_000)
        + "]".repeat(100_000) + "}");
  }

  private static byte[] osv(String id) {
    return ("{\"id\":\"" + id + "\",\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":[{"
        + "\"package\":{\"ecosystem\":\"npm\",\"name\":\"left-pad\"},\"ranges\":[{\"type\":"
        + "\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"1.3.1\"}]}]}]}")
        .getBytes(UTF_8);
  }

  static Path osvZipTraversal(Path dir) throws IOException {
    Path zip = dir.resolve("all.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("GHSA-ok.json"));
      z.write(osv("GHSA-ok"));
      z.putNextEntry(new ZipEntry("../../../../tmp/" + HostileInputs.MARKER + ".json"));
      z.write(osv("GHSA-evil"));
    }
    return zip;
  }

  static Path osvZipBomb(Path dir) throws IOException {
    Path zip = dir.resolve("all.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("GHSA-bomb.json"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      z.write('{');
      for (int i = 0; i < 100; i++) {
        z.write(spaces);
      }
      z.write('}');
    }
    return zip;
  }

  /** A database with one npm advisory, built by {@code harden db import} itself. */
  static Path validDb(Path dir) throws IOException {
    Path record = Files.write(dir.resolve("GHSA-ok.json"), osv("GHSA-ok"));
    Path db = dir.resolve("harden.db");
    int code = HardenCommand.run(new String[] {"db", "import", "--db", db.toString(),
        record.toString()}, quiet(), quiet());
    if (code != 0) {
      throw new IOException("db import failed: " + code);
    }
    Files.delete(record);
    return db;
  }

  static Path corruptDb(Path dir) throws IOException {
    byte[] garbage = new byte[64 << 10];
    new java.util.Random(11).nextBytes(garbage);
    return Files.write(dir.resolve("harden.db"), garbage);
  }

  /** A real database cut to half its length: SQLite finds pages missing when it reads them. */
  static Path truncatedDb(Path dir) throws IOException {
    Path db = validDb(dir);
    byte[] bytes = Files.readAllBytes(db);
    return Files.write(db, java.util.Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** A real database whose first page (header and schema) is intact and every other is noise. */
  static Path damagedDb(Path dir) throws IOException {
    Path db = validDb(dir);
    byte[] bytes = Files.readAllBytes(db);
    int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
    byte[] noise = new byte[bytes.length - pageSize];
    new java.util.Random(5).nextBytes(noise);
    System.arraycopy(noise, 0, bytes, pageSize, noise.length);
    return Files.write(db, bytes);
  }

  /** A database file that is a valid SQLite file with no harden tables. */
  static Path foreignDb(Path dir) throws IOException {
    Path db = dir.resolve("harden.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("CREATE TABLE t (x)");
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
    return db;
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);
  }
}
