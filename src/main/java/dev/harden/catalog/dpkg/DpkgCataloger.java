package dev.harden.catalog.dpkg;

import dev.harden.catalog.DpkgEntry;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.Distro;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.LayerAttribution;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.Unknown;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Debian packages from {@code /var/lib/dpkg/status} and from distroless images' one-stanza-a-file
 * {@code /var/lib/dpkg/status.d/*}. Files each package owns come from {@code info/NAME.list}
 * ({@code NAME:ARCH.list} for multi-arch packages) or, in distroless images, from
 * {@code status.d/NAME.md5sums}; licences from {@code /usr/share/doc/NAME/copyright}.
 */
public final class DpkgCataloger implements Cataloger {

  static final String STATUS = "/var/lib/dpkg/status";
  static final String STATUS_D = "/var/lib/dpkg/status.d/";
  static final String INFO = "/var/lib/dpkg/info/";

  /** Files beside the stanzas in status.d that are not stanzas themselves. */
  private static final Set<String> STATUS_D_SIDE_FILES =
      Set.of("md5sums", "preinst", "postinst", "prerm", "postrm", "conffiles", "list", "triggers",
          "shlibs", "symbols", "templates", "config");

  @Override
  public String name() {
    return "dpkg-db";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return ContentSelector.globs(
        STATUS, STATUS_D + "*", INFO + "*.list", INFO + "*.md5sums", "/usr/share/doc/*/copyright",
        Distro.RELEASE_FILES[0], Distro.RELEASE_FILES[1]);
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    DpkgPackages factory = new DpkgPackages(files, Distro.of(files), ctx);
    List<Pkg> packages = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    Optional<FileEntry> status = files.lookup(STATUS).filter(FileEntry::isRegular);
    if (status.isPresent()) {
      catalogStatusFile(files, status.get(), factory, ctx, packages, unknowns);
    }
    for (FileEntry e : files.glob(STATUS_D + "*")) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      if (!e.isRegular() || isSideFile(e.name())) {
        continue;
      }
      try {
        List<ControlStanzas.Stanza> stanzas =
            ControlStanzas.parse(FileContents.text(files, e, ctx.maxFileBytes()));
        for (ControlStanzas.Stanza s : stanzas) {
          factory.fromStanza(s, e, false, unknowns).ifPresent(p -> packages.add(p.withLayer(e.layer())));
        }
      } catch (IOException ex) {
        unknowns.add(new Unknown(e.path(), "unreadable dpkg stanza file: " + ex.getMessage()));
      }
    }
    return new CatalogResult(packages, List.of(), unknowns).sorted();
  }

  private static void catalogStatusFile(FileResolver files, FileEntry status, DpkgPackages factory,
      CatalogContext ctx, List<Pkg> packages, List<Unknown> unknowns) {
    List<ControlStanzas.Stanza> stanzas;
    try {
      stanzas = ControlStanzas.parse(FileContents.text(files, status, ctx.maxFileBytes()));
    } catch (IOException e) {
      unknowns.add(new Unknown(status.path(), "unreadable dpkg status: " + e.getMessage()));
      return;
    }
    List<Pkg> found = new ArrayList<>();
    for (ControlStanzas.Stanza s : stanzas) {
      factory.fromStanza(s, status, true, unknowns).ifPresent(found::add);
    }
    Set<String> keys = new HashSet<>();
    for (Pkg p : found) {
      keys.add(key((DpkgEntry) p.metadata()));
    }
    Map<String, Integer> layers =
        LayerAttribution.introducedIn(files, status, keys, older -> keysOf(files, older, ctx));
    for (Pkg p : found) {
      packages.add(p.withLayer(layers.getOrDefault(key((DpkgEntry) p.metadata()), status.layer())));
    }
  }

  private static Set<String> keysOf(FileResolver files, FileEntry version, CatalogContext ctx)
      throws IOException {
    Set<String> keys = new HashSet<>();
    for (ControlStanzas.Stanza s :
        ControlStanzas.parse(FileContents.text(files, version, ctx.maxFileBytes()))) {
      if (DpkgPackages.isInstalled(s.get("Status"))) {
        keys.add(s.get("Package") + ":" + s.get("Architecture") + "=" + s.get("Version"));
      }
    }
    return keys;
  }

  private static String key(DpkgEntry e) {
    return e.packageName() + ":" + e.architecture() + "=" + e.version();
  }

  private static boolean isSideFile(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && STATUS_D_SIDE_FILES.contains(fileName.substring(dot + 1));
  }

  /** A path that names something other than a directory in the tree (files, links, or gone). */
  static boolean isOwnedFile(FileResolver files, String path) {
    return files.lookup(path).map(e -> e.type() != FileType.DIRECTORY).orElse(true);
  }
}
