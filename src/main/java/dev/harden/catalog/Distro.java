package dev.harden.catalog;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The distribution named by {@code /etc/os-release} (or {@code /usr/lib/os-release}), as far as
 * package URLs need it: {@code pkg:deb/debian/...?distro=debian-12}. Full OS detection lives with
 * the image reader; this is only the id and version.
 *
 * @param id the {@code ID=} value, lower case ({@code debian}, {@code alpine}, {@code rhel})
 * @param versionId the {@code VERSION_ID=} value, possibly empty
 */
public record Distro(String id, String versionId) {

  public static final String[] RELEASE_FILES = {"/etc/os-release", "/usr/lib/os-release"};

  /** The distro of the tree, when it has a readable os-release file with an ID. */
  public static Optional<Distro> of(FileResolver files) {
    for (String path : RELEASE_FILES) {
      Optional<FileEntry> entry = files.resolve(path).filter(FileEntry::isRegular);
      if (entry.isEmpty()) {
        continue;
      }
      try {
        return parse(FileContents.text(files, entry.get(), 64 * 1024));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<Distro> parse(String text) {
    String id = null;
    String version = "";
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).trim();
      String value = unquote(line.substring(eq + 1).trim());
      if (key.equals("ID")) {
        id = value.toLowerCase(Locale.ROOT);
      } else if (key.equals("VERSION_ID")) {
        version = value;
      }
    }
    return id == null || id.isEmpty() ? Optional.empty() : Optional.of(new Distro(id, version));
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) && v.endsWith(v.substring(0, 1))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** The {@code distro} purl qualifier, e.g. {@code debian-12}. */
  public String qualifier() {
    return versionId.isEmpty() ? id : id + "-" + versionId;
  }
}
