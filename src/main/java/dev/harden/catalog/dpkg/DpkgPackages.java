package dev.harden.catalog.dpkg;

import dev.harden.catalog.DpkgEntry;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.Distro;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.SourcePackage;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns dpkg stanzas into {@link Pkg}s, with owned files, licences and a package URL. */
final class DpkgPackages {

  private static final Pattern SOURCE = Pattern.compile("^(\\S+)(?:\\s*\\((\\S+)\\))?$");
  /** Debian policy 5.6.12: [epoch:]upstream[-revision], upstream starting with a digit. */
  private static final Pattern VERSION =
      Pattern.compile("^(?:\\d+:)?\\d[A-Za-z0-9.+~:\\-]*$");

  private final FileResolver files;
  private final Optional<Distro> distro;
  private final CatalogContext ctx;

  DpkgPackages(FileResolver files, Optional<Distro> distro, CatalogContext ctx) {
    this.files = files;
    this.distro = distro;
    this.ctx = ctx;
  }

  /** dpkg's "installed" states; config-files and not-installed packages have no files left. */
  static boolean isInstalled(String status) {
    if (status.isEmpty()) {
      return true; // distroless stanzas carry no status
    }
    String[] words = status.trim().split("\\s+");
    String state = words[words.length - 1];
    return switch (state) {
      case "installed", "half-configured", "unpacked", "triggers-awaited", "triggers-pending" ->
          true;
      default -> false;
    };
  }

  Optional<Pkg> fromStanza(ControlStanzas.Stanza s, FileEntry db, boolean statusFile,
      List<Unknown> unknowns) {
    String name = s.get("Package");
    String version = s.get("Version");
    if (!isInstalled(s.get("Status"))) {
      return Optional.empty();
    }
    if (name.isEmpty() || version.isEmpty()) {
      unknowns.add(new Unknown(db.path(),
          "line " + s.line() + ": package stanza without "
              + (name.isEmpty() ? "a Package field" : "a Version field (" + name + ")")));
      return Optional.empty();
    }
    if (!VERSION.matcher(version).matches()) {
      unknowns.add(new Unknown(db.path(),
          "line " + s.line() + ": " + name + " has an invalid Debian version: " + version));
      return Optional.empty();
    }
    String arch = s.get("Architecture");
    String sourceName = name;
    String sourceVersion = version;
    String sourceField = s.get("Source");
    if (!sourceField.isEmpty()) {
      Matcher m = SOURCE.matcher(sourceField);
      if (m.matches()) {
        sourceName = m.group(1);
        if (m.group(2) != null) {
          sourceVersion = m.group(2);
        }
      }
    }
    long size = -1;
    try {
      size = Long.parseLong(s.get("Installed-Size"));
    } catch (NumberFormatException e) {
      // absent or odd: unknown size
    }
    DpkgEntry entry = new DpkgEntry(name, version, arch, sourceName, sourceVersion,
        s.get("Status"), s.get("Maintainer"), size);
    List<String> locations = List.of(db.path());
    List<String> owned = ownedFiles(name, arch, db, statusFile);
    List<String> licenses = licenses(name);
    Ecosystem eco = distro.map(d -> d.id().equals("ubuntu")).orElse(false)
        ? Ecosystem.UBUNTU : Ecosystem.DEBIAN;
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", arch);
    distro.ifPresent(d -> q.put("distro", d.qualifier()));
    if (!sourceName.equals(name) || !sourceVersion.equals(version)) {
      q.put("upstream", sourceVersion.equals(version) ? sourceName : sourceName + "@" + sourceVersion);
    }
    String namespace = distro.map(Distro::id).orElse(null);
    try {
      return Optional.of(new Pkg(name, version, eco, Purls.of("deb", namespace, name, version, q),
          PkgType.DEB, licenses, new SourcePackage(sourceName, sourceVersion), owned, locations,
          false, db.layer(), entry));
    } catch (IllegalArgumentException e) {
      unknowns.add(new Unknown(db.path(), "line " + s.line() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }

  private List<String> ownedFiles(String name, String arch, FileEntry db, boolean statusFile) {
    List<String> candidates = new ArrayList<>();
    if (statusFile) {
      String dir = db.path().substring(0, db.path().lastIndexOf('/')) + "/info/";
      candidates.add(dir + name + ":" + arch + ".list");
      candidates.add(dir + name + ".list");
      candidates.add(dir + name + ":" + arch + ".md5sums");
      candidates.add(dir + name + ".md5sums");
    } else {
      candidates.add(db.path() + ".md5sums");
    }
    TreeSet<String> owned = new TreeSet<>();
    for (String candidate : candidates) {
      Optional<FileEntry> list = files.lookup(candidate).filter(FileEntry::isRegular);
      if (list.isEmpty()) {
        continue;
      }
      try {
        String text = FileContents.text(files, list.get(), ctx.maxFileBytes());
        boolean md5 = candidate.endsWith(".md5sums");
        for (String line : text.split("\n")) {
          String path = md5 ? md5Path(line) : line.trim();
          if (path.isEmpty()) {
            continue;
          }
          path = path.startsWith("/") ? path : "/" + path;
          if (!path.equals("/.") && DpkgCataloger.isOwnedFile(files, path)) {
            owned.add(path);
          }
        }
        if (!md5) {
          break; // the .list is complete; md5sums only repeat part of it
        }
      } catch (IOException e) {
        // a missing or unreadable list leaves the package without files, not without identity
      }
    }
    return List.copyOf(owned);
  }

  private static String md5Path(String line) {
    String t = line.trim();
    int space = t.indexOf(' ');
    return space < 0 ? "" : t.substring(space).trim();
  }

  private List<String> licenses(String name) {
    String path = "/usr/share/doc/" + name + "/copyright";
    Optional<FileEntry> copyright = files.resolve(path).filter(FileEntry::isRegular);
    if (copyright.isEmpty()) {
      return List.of();
    }
    try {
      List<String> found =
          DpkgCopyright.licenses(FileContents.text(files, copyright.get(), ctx.maxFileBytes()));
      return found;
    } catch (IOException e) {
      return List.of();
    }
  }
}
