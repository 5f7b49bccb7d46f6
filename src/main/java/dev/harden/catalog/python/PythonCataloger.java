package dev.harden.catalog.python;

import dev.harden.catalog.PythonDist;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.Glob;
import dev.harden.image.fs.Symlinks;
import dev.harden.io.ZipArchive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Installed Python distributions: {@code *.dist-info/METADATA} (wheels), {@code *.egg-info/PKG-INFO}
 * and single-file {@code *.egg-info}, {@code EGG-INFO/PKG-INFO} and zipped {@code *.egg}. Owned
 * files come from {@code RECORD} (paths relative to the site-packages directory) or an egg's
 * {@code installed-files.txt}.
 */
public final class PythonCataloger implements Cataloger {

  private static final String[] METADATA_GLOBS = {
    "**/*{dist-info,DIST-INFO}/METADATA", "**/*{egg-info,EGG-INFO}/PKG-INFO", "**/*.egg-info",
    "**/*.egg"
  };
  /** Core metadata with its long description stays far below this; a bigger one is a bomb. */
  private static final long MAX_EGG_METADATA = 8L << 20;
  private static final Glob DIST_METADATA = Glob.compile(METADATA_GLOBS[0]);
  private static final Glob EGG_PKG_INFO = Glob.compile(METADATA_GLOBS[1]);
  private static final Glob EGG_INFO_FILE = Glob.compile(METADATA_GLOBS[2]);
  private static final Glob EGG_ZIP = Glob.compile(METADATA_GLOBS[3]);

  @Override
  public String name() {
    return "python-installed";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return ContentSelector.globs(METADATA_GLOBS[0], METADATA_GLOBS[1], METADATA_GLOBS[2],
        METADATA_GLOBS[3], "**/*{dist-info,DIST-INFO,egg-info,EGG-INFO}/RECORD",
        "**/*{egg-info,EGG-INFO}/installed-files.txt");
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    List<Pkg> packages = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    List<FileEntry> candidates = files.entries()
        .filter(FileEntry::isRegular)
        .filter(PythonCataloger::mayBeMetadata)
        .filter(e -> DIST_METADATA.matches(e.path()) || EGG_PKG_INFO.matches(e.path())
            || EGG_INFO_FILE.matches(e.path()) || EGG_ZIP.matches(e.path()))
        .toList();
    for (FileEntry e : candidates) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      try {
        if (EGG_ZIP.matches(e.path())) {
          fromEggZip(files, e, ctx).ifPresent(packages::add);
        } else {
          String text = FileContents.text(files, e, ctx.maxFileBytes());
          boolean singleFile = EGG_INFO_FILE.matches(e.path());
          String metaDir = singleFile ? null : parent(e.path());
          String sitePackages = singleFile ? parent(e.path()) : parent(metaDir);
          List<String> owned = metaDir == null ? List.of()
              : ownedFiles(files, metaDir, sitePackages, ctx);
          toPkg(CoreMetadata.parse(text), e.path(), sitePackages, owned, e.layer(), unknowns)
              .ifPresent(packages::add);
        }
      } catch (IOException ex) {
        unknowns.add(new Unknown(e.path(), "unreadable Python metadata: " + ex.getMessage()));
      }
    }
    return new CatalogResult(packages, List.of(), unknowns).sorted();
  }

  /** A cheap name test before the globs: most entries of an image are none of these. */
  private static boolean mayBeMetadata(FileEntry e) {
    String n = e.name();
    return n.equals("METADATA") || n.equals("PKG-INFO") || n.endsWith(".egg-info")
        || n.endsWith(".egg");
  }

  private static Optional<Pkg> toPkg(CoreMetadata md, String path, String sitePackages,
      List<String> owned, int layer, List<Unknown> unknowns) {
    String name = md.first("Name");
    String version = md.first("Version");
    if (name.isEmpty() || version.isEmpty()) {
      unknowns.add(new Unknown(path, "Python metadata without "
          + (name.isEmpty() ? "a Name" : "a Version for " + name)));
      return Optional.empty();
    }
    if (name.equals("Python")) {
      return Optional.empty(); // the interpreter's own egg-info (Debian's python2.7), not a dist
    }
    String normalized = normalize(name);
    try {
      return Optional.of(new Pkg(normalized, version, Ecosystem.PYPI,
          Purls.of("pypi", null, normalized, version), PkgType.PYTHON, md.licenses(), null, owned,
          List.of(path), false, layer,
          new PythonDist(name, version, path, sitePackages, md.first("Author"))));
    } catch (IllegalArgumentException e) {
      unknowns.add(new Unknown(path, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<Pkg> fromEggZip(FileResolver files, FileEntry egg, CatalogContext ctx)
      throws IOException {
    byte[] bytes = FileContents.bytes(files, egg, ctx.maxEntryBytes());
    ZipArchive zip = ZipArchive.read(bytes, ctx.maxArchiveEntries());
    Optional<ZipArchive.Entry> info = zip.entry("EGG-INFO/PKG-INFO");
    if (info.isEmpty()) {
      return Optional.empty(); // an egg without metadata: nothing to name
    }
    try (InputStream in = zip.open(info.get())) {
      byte[] text = FileContents.readBounded(in, MAX_EGG_METADATA);
      List<Unknown> ignored = new ArrayList<>();
      return toPkg(CoreMetadata.parse(new String(text, StandardCharsets.UTF_8)),
          egg.path() + "!/EGG-INFO/PKG-INFO", parent(egg.path()), List.of(egg.path()),
          egg.layer(), ignored);
    }
  }

  private static List<String> ownedFiles(FileResolver files, String metaDir, String sitePackages,
      CatalogContext ctx) {
    TreeSet<String> owned = new TreeSet<>();
    Optional<FileEntry> record = files.lookup(metaDir + "/RECORD").filter(FileEntry::isRegular);
    Optional<FileEntry> installed =
        files.lookup(metaDir + "/installed-files.txt").filter(FileEntry::isRegular);
    try {
      if (record.isPresent()) {
        for (String line : FileContents.text(files, record.get(), ctx.maxFileBytes()).split("\n")) {
          String path = recordPath(line);
          if (!path.isEmpty()) {
            owned.add(Symlinks.normalize(sitePackages + "/" + path));
          }
        }
      } else if (installed.isPresent()) {
        for (String line :
            FileContents.text(files, installed.get(), ctx.maxFileBytes()).split("\n")) {
          if (!line.isBlank()) {
            owned.add(Symlinks.normalize(metaDir + "/" + line.trim()));
          }
        }
      }
    } catch (IOException e) {
      // the package stays, without its file list
    }
    return List.copyOf(owned);
  }

  /** The path column of a RECORD line (CSV: path,hash,size; the path may be quoted). */
  static String recordPath(String line) {
    String l = line.trim();
    if (l.isEmpty()) {
      return "";
    }
    if (l.startsWith("\"")) {
      int end = l.indexOf('"', 1);
      return end < 0 ? "" : l.substring(1, end);
    }
    int comma = l.indexOf(',');
    return comma < 0 ? l : l.substring(0, comma);
  }

  /** PEP 503: lower case, runs of {@code -_.} become one {@code -}. */
  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : path.substring(0, slash);
  }
}
