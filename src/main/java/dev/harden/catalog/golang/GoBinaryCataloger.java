package dev.harden.catalog.golang;

import dev.harden.catalog.GoModule;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.Relationship;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go modules compiled into ELF executables: the main module (when its version is known, from the
 * build info or a {@code -ldflags -X main.version=...} symbol), every dependency (with its
 * replacement's version when replaced) and the standard library as {@code stdlib} at the
 * toolchain's version.
 */
public final class GoBinaryCataloger implements Cataloger {

  @Override
  public String name() {
    return "go-binary";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    // programs up to the summariser's size are read while their layer streams; larger ones are
    // kept whole and read here
    return ContentSelector.summarizing(
        e -> isCandidate(e) && e.size() > GoBinarySummarizer.MAX_SIZE, GoBinarySummarizer.INSTANCE);
  }

  /** Executable regular files that are not shared libraries or Node addons. */
  static boolean isCandidate(FileEntry e) {
    return e.isRegular() && (e.mode() & 0111) != 0 && e.size() >= 64 && !e.name().contains(".so")
        && !e.name().endsWith(".node");
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    List<Pkg> packages = new ArrayList<>();
    List<Relationship> relationships = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    List<FileEntry> candidates = files.entries().filter(GoBinaryCataloger::isCandidate).toList();
    for (FileEntry e : candidates) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      GoScan scan = scan(files, e, ctx);
      if (scan.problem() != null) {
        unknowns.add(new Unknown(e.path(), "unreadable Go build information: " + scan.problem()));
      } else if (scan.isGo()) {
        addModules(scan, e, packages, relationships);
      }
    }
    return new CatalogResult(packages, relationships, unknowns).sorted();
  }

  /** The layer reader's summary of the program, else a read of its kept (or on-disk) bytes. */
  private static GoScan scan(FileResolver files, FileEntry e, CatalogContext ctx) {
    Optional<Object> summary = files.summary(e);
    if (summary.isPresent() && summary.get() instanceof GoScan s) {
      return s;
    }
    if (e.size() > ctx.maxExecutableBytes() || !startsWithElfMagic(files, e)) {
      return GoScan.NOT_GO;
    }
    try {
      byte[] bytes = FileContents.readOnlyBytes(files, e, ctx.maxExecutableBytes());
      return GoScan.of(bytes, bytes.length);
    } catch (IOException ex) {
      return new GoScan(null, "", ex.getMessage());
    }
  }

  private static boolean startsWithElfMagic(FileResolver files, FileEntry e) {
    try (InputStream in = files.open(e)) {
      return ElfFile.isElf(in.readNBytes(4));
    } catch (IOException ex) {
      return false;
    }
  }

  private static void addModules(GoScan scan, FileEntry binary, List<Pkg> packages,
      List<Relationship> relationships) {
    GoBuildInfo info = scan.info();
    String goVersion = info.goVersion().split("\\s+")[0];
    List<Pkg> found = new ArrayList<>();
    Pkg main = null;
    if (info.main() != null && !info.main().path().isEmpty()) {
      String version = info.main().version();
      if (version.isEmpty() || version.equals("(devel)")) {
        version = scan.ldflagsVersion();
      }
      if (!version.isEmpty()) {
        main = pkg(info.main().path(), version, info.main().sum(), "", true, goVersion, binary);
        found.add(main);
      }
    }
    for (GoBuildInfo.Module m : info.deps()) {
      GoBuildInfo.Module r = m.replacement();
      String version = r != null && !r.version().isEmpty() ? r.version() : m.version();
      String replaced = r == null ? "" : (r.path() + " " + r.version()).trim();
      found.add(pkg(m.path(), version, r != null ? r.sum() : m.sum(), replaced, false, goVersion,
          binary));
    }
    if (goVersion.startsWith("go")) {
      found.add(pkg("stdlib", "v" + goVersion.substring(2), "", "", false, goVersion, binary));
    }
    packages.addAll(found);
    if (main != null) {
      for (Pkg p : found) {
        if (p != main) {
          relationships.add(new Relationship(main.id(), p.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
  }

  private static Pkg pkg(String path, String version, String sum, String replacedBy,
      boolean main, String goVersion, FileEntry binary) {
    int slash = path.lastIndexOf('/');
    String namespace = slash < 0 ? null : path.substring(0, slash);
    String name = slash < 0 ? path : path.substring(slash + 1);
    return new Pkg(path, version, Ecosystem.GO, Purls.of("golang", namespace, name, version),
        PkgType.GO_MODULE, List.of(), null, List.of(binary.path()), List.of(binary.path()), false,
        binary.layer(), new GoModule(path, version, sum, replacedBy, main, goVersion, binary.path()));
  }
}
