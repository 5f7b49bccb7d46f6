package dev.harden.vulndb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds osv.dev-style all.zip archives from the shared records, plus hostile variants. */
final class Zips {

  private Zips() {}

  /** An archive of every record file directly in {@code dir}, named by file name as osv.dev does. */
  static byte[] allZip(Path dir, String... extraEntryNames) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
      for (String name : extraEntryNames) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("{\"id\":\"X\"}".getBytes());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The first {@code fraction} of an archive: its central directory is gone. */
  static byte[] truncated(byte[] zip, double fraction) {
    return Arrays.copyOf(zip, (int) (zip.length * fraction));
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
