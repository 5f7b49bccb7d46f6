package dev.harden.vulndb;

import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds advisory record files under the paths a user names: single files, directories (walked in
 * name order) and zip archives laid out like osv.dev's per-ecosystem {@code all.zip}. Archives are
 * hostile input: an entry name that would escape the archive rejects the whole archive, entry
 * and total sizes are capped, and nothing is ever extracted to disk.
 */
final class RecordFiles {

  /** Receives one record file: where it is (for messages), and its bytes. */
  @FunctionalInterface
  interface Sink {
    void accept(String source, Kind kind, byte[] bytes) throws InputException;
  }

  /** How a record file is written. */
  enum Kind {
    JSON,
    YAML
  }

  static final long MAX_ENTRY_BYTES = 64L << 20;
  static final long MAX_ARCHIVE_BYTES = 16L << 30;
  static final int MAX_ENTRIES = 5_000_000;

  private RecordFiles() {}

  /** Visits every record file under {@code paths}; returns how many other files were skipped. */
  static int visit(List<Path> paths, Sink sink) throws InputException {
    int skipped = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
          throw new InputException(p.toString(), "cannot read directory: " + e.getMessage());
        }
        for (Path f : files) {
          skipped += visitFile(f, sink) ? 0 : 1;
        }
      } else if (Files.isRegularFile(p)) {
        if (!visitFile(p, sink)) {
          throw new InputException(
              p.toString(), "not an OSV or CVE record file (expected .json, .yaml, .yml or .zip)");
        }
      } else {
        throw new InputException(p.toString(), "no such file or directory");
      }
    }
    return skipped;
  }

  private static boolean visitFile(Path f, Sink sink) throws InputException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      visitZip(f, sink);
      return true;
    }
    Kind kind = kindOf(name);
    if (kind == null) {
      return false;
    }
    try {
      if (Files.size(f) > MAX_ENTRY_BYTES) {
        throw new InputException(f.toString(), "record file larger than " + MAX_ENTRY_BYTES + " bytes");
      }
      sink.accept(f.toString(), kind, Files.readAllBytes(f));
    } catch (IOException e) {
      throw new InputException(f.toString(), "cannot read: " + e.getMessage());
    }
    return true;
  }

  /** Reads every record entry of a zip archive, after checking all entry names first. */
  static void visitZip(Path zip, Sink sink) throws InputException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      List<ZipEntry> records = new ArrayList<>();
      Enumeration<? extends ZipEntry> all = z.entries();
      int count = 0;
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (++count > MAX_ENTRIES) {
          throw new InputException(zip.toString(), "archive has more than " + MAX_ENTRIES + " entries");
        }
        requireContained(zip, e.getName());
        if (!e.isDirectory() && kindOf(e.getName().toLowerCase(Locale.ROOT)) != null) {
          records.add(e);
        }
      }
      long total = 0;
      for (ZipEntry e : records) {
        String where = zip + "!" + e.getName();
        byte[] bytes;
        try (InputStream in = z.getInputStream(e)) {
          bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        }
        if (bytes.length > MAX_ENTRY_BYTES) {
          throw new InputException(where, "archive entry larger than " + MAX_ENTRY_BYTES + " bytes");
        }
        total += bytes.length;
        if (total > MAX_ARCHIVE_BYTES) {
          throw new InputException(zip.toString(), "archive expands past " + MAX_ARCHIVE_BYTES + " bytes");
        }
        sink.accept(where, kindOf(e.getName().toLowerCase(Locale.ROOT)), bytes);
      }
    } catch (ZipException e) {
      throw new InputException(zip.toString(), "not a complete zip archive: " + e.getMessage());
    } catch (IOException e) {
      throw new InputException(zip.toString(), "cannot read archive: " + e.getMessage());
    }
  }

  /** Rejects absolute names, drive letters, backslashes and any ".." segment. */
  private static void requireContained(Path zip, String name) throws InputException {
    boolean escapes =
        name.startsWith("/")
            || name.contains("\\")
            || name.matches("^[A-Za-z]:.*")
            || List.of(name.split("/")).contains("..");
    if (escapes) {
      throw new InputException(
          zip.toString(), "archive entry \"" + name + "\" points outside the archive; archive refused");
    }
  }

  private static Kind kindOf(String lowerName) {
    if (lowerName.endsWith(".json")) {
      return Kind.JSON;
    }
    if (lowerName.endsWith(".yaml") || lowerName.endsWith(".yml")) {
      return Kind.YAML;
    }
    return null;
  }
}
