package dev.harden.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Package databases and archives that are truncated, corrupt or lie about their lengths, each put
 * at the path its cataloguer reads in a one-layer image (see {@link HostileImages#oneLayer}).
 * The real rpm databases come from {@code ../shared/pkgdb} (go-rpmdb's and syft's fixtures).
 */
final class HostilePackages {

  static final Path SHARED_PKGDB = Path.of("../shared/pkgdb");
  static final Path BDB = SHARED_PKGDB.resolve("syft/rpm/syft/pkg/cataloger/redhat/testdata/Packages");
  static final Path NDB = SHARED_PKGDB.resolve("go-rpmdb/rpm/pkg/testdata/sle15-bci/Packages.db");

  private HostilePackages() {}

  private static Path image(Path dir, String path, byte[] content) throws IOException {
    return HostileImages.oneLayer(dir, HostileImages.osRelease().file(path, content));
  }

  private static byte[] half(byte[] b) {
    return Arrays.copyOf(b, b.length / 2);
  }

  static Path dpkgTruncated(Path dir) throws IOException {
    String status = "Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\n\n"
        + "Package: bash\nStatus: install ok installed\nVers";
    return image(dir, "/var/lib/dpkg/status", status.getBytes(UTF_8));
  }

  static Path dpkgBinary(Path dir) throws IOException {
    byte[] garbage = new byte[64 << 10];
    new java.util.Random(5).nextBytes(garbage);
    return image(dir, "/var/lib/dpkg/status", garbage);
  }

  static Path apkTruncated(Path dir) throws IOException {
    return image(dir, "/lib/apk/db/installed",
        "P:musl\nV:1.2.5-r0\nL:MIT\n\nP:busybox\nV:".getBytes(UTF_8));
  }

  static Path rpmBdbTruncated(Path dir) throws IOException {
    return image(dir, "/var/lib/rpm/Packages", half(Files.readAllBytes(BDB)));
  }

  /** Berkeley DB whose metadata page claims four billion pages. */
  static Path rpmBdbLyingPageCount(Path dir) throws IOException {
    byte[] db = Files.readAllBytes(BDB);
    ByteBuffer.wrap(db).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(32, -2);
    return image(dir, "/var/lib/rpm/Packages", db);
  }

  /** Every 4-byte word past the metadata page set to a huge length or offset. */
  static Path rpmBdbLyingLengths(Path dir) throws IOException {
    byte[] db = Files.readAllBytes(BDB);
    for (int i = 4096; i + 4 <= db.length; i += 64) {
      ByteBuffer.wrap(db).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(i, 0x7fff_fff0);
    }
    return image(dir, "/var/lib/rpm/Packages", db);
  }

  static Path rpmNdbTruncated(Path dir) throws IOException {
    return image(dir, "/usr/lib/sysimage/rpm/Packages.db", half(Files.readAllBytes(NDB)));
  }

  /** ndb whose blob headers all claim about 2 GiB of header data. */
  static Path rpmNdbLyingLengths(Path dir) throws IOException {
    byte[] db = Files.readAllBytes(NDB);
    ByteBuffer b = ByteBuffer.wrap(db).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int slot = 32; slot + 16 <= 4096; slot += 16) {
      long blobAt = (b.getInt(slot + 8) & 0xffffffffL) * 16;
      if (b.getInt(slot + 4) != 0 && blobAt + 16 <= db.length) {
        b.putInt((int) blobAt + 12, 0x7fff_fff0); // blob: magic, package index, checksum, length
      }
    }
    return image(dir, "/usr/lib/sysimage/rpm/Packages.db", db);
  }

  /** A real sqlite rpmdb whose one header blob says it has 65,536 tags and 2 GiB of data. */
  static Path rpmSqliteLyingHeader(Path dir) throws IOException {
    byte[] blob = ByteBuffer.allocate(64).putInt(65_536).putInt(Integer.MAX_VALUE).array();
    return image(dir, "/var/lib/rpm/rpmdb.sqlite", sqliteRpmdb(dir, blob));
  }

  static Path rpmSqliteTruncated(Path dir) throws IOException {
    byte[] db = sqliteRpmdb(dir, new byte[600_000]);
    return image(dir, "/var/lib/rpm/rpmdb.sqlite", half(db));
  }

  private static byte[] sqliteRpmdb(Path dir, byte[] blob) throws IOException {
    Path file = dir.resolve("rpmdb-" + System.nanoTime() + ".sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.createStatement().execute("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB)");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO Packages (blob) VALUES (?)")) {
        p.setBytes(1, blob);
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.delete(file);
    return bytes;
  }

  static Path npmLockTruncated(Path dir) throws IOException {
    return image(dir, "/app/package-lock.json", ("{\"lockfileVersion\":3,\"packages\":{"
        + "\"node_modules/left-pad\":{\"version\":\"1.3").getBytes(UTF_8));
  }

  static Path npmLockDeep(Path dir) throws IOException {
    return image(dir, "/app/package-lock.json", ("{\"packages\":" + "[".repeat(50_000)
        + "]".repeat(50_000) + "}").getBytes(UTF_8));
  }

  static Path npmLockTraversalKeys(Path dir) throws IOException {
    return image(dir, "/app/package-lock.json", ("{\"lockfileVersion\":3,\"packages\":{"
        + "\"node_modules/../../../../etc/" + HostileInputs.MARKER + "\":{\"version\":\"1.0.0\"},"
        + "\"node_modules/ok\":{\"version\":\"1.0.0\"}}}").getBytes(UTF_8));
  }

  static byte[] zip(Object... nameAndContent) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < nameAndContent.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) nameAndContent[i]));
        z.write((byte[]) nameAndContent[i + 1]);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] pomProperties(String artifact) {
    return ("groupId=org.acme\nartifactId=" + artifact + "\nversion=1.0\n").getBytes(UTF_8);
  }

  /** A jar with a 1 GiB entry of zeros inside (about 1 MiB stored). */
  static Path jarZipBomb(Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("META-INF/maven/org.acme/bomb/pom.properties"));
      z.write(pomProperties("bomb"));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("lib/inner-1.0.jar"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return image(dir, "/app/bomb-1.0.jar", out.toByteArray());
  }

  static Path jarPathTraversal(Path dir) throws IOException {
    byte[] jar = zip("META-INF/maven/org.acme/app/pom.properties", pomProperties("app"),
        "../../../../../../tmp/" + HostileInputs.MARKER + "-jar", "x".getBytes(UTF_8),
        "/etc/" + HostileInputs.MARKER + "-abs", "x".getBytes(UTF_8));
    return image(dir, "/app/app-1.0.jar", jar);
  }

  static Path jarNested50(Path dir) throws IOException {
    byte[] jar = zip("META-INF/maven/org.acme/level50/pom.properties", pomProperties("level50"));
    for (int level = 49; level >= 1; level--) {
      jar = zip("META-INF/maven/org.acme/level" + level + "/pom.properties",
          pomProperties("level" + level), "lib/level" + (level + 1) + ".jar", jar);
    }
    return image(dir, "/app/level1.jar", jar);
  }

  static Path jarTruncated(Path dir) throws IOException {
    byte[] jar = zip("META-INF/maven/org.acme/app/pom.properties", pomProperties("app"),
        "filler.bin", new byte[4096]);
    return image(dir, "/app/app-1.0.jar", half(jar));
  }

  /** An ELF executable whose section and program header tables lie outside the file. */
  static Path elfBadOffsets(Path dir) throws IOException {
    ByteBuffer elf = ByteBuffer.allocate(256).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
    elf.putShort(16, (short) 2).putShort(18, (short) 62).putInt(20, 1);
    elf.putLong(32, 0x7fff_ffff_ffffL); // program headers far past the end
    elf.putLong(40, 200); // section headers run past the end
    elf.putShort(54, (short) 56).putShort(56, (short) 0xffff);
    elf.putShort(58, (short) 64).putShort(60, (short) 0xffff).putShort(62, (short) 3);
    byte[] bytes = elf.array();
    return HostileImages.oneLayer(dir, HostileImages.osRelease()
        .file("/usr/local/bin/app", bytes, 0755));
  }

  static Path pythonMetadataBinary(Path dir) throws IOException {
    byte[] garbage = new byte[16 << 10];
    new java.util.Random(9).nextBytes(garbage);
    return image(dir, "/usr/lib/python3/site-packages/x-1.0.dist-info/METADATA", garbage);
  }
}
