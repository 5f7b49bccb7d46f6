package dev.harden.catalog.apk;

import dev.harden.catalog.ApkEntry;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.DeclaredLicenses;
import dev.harden.catalog.Distro;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.LayerAttribution;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.SourcePackage;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Alpine and Wolfi packages from {@code /lib/apk/db/installed}, with origin and owned files. */
public final class ApkCataloger implements Cataloger {

  static final String DB = "/lib/apk/db/installed";

  @Override
  public String name() {
    return "apk-db";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return ContentSelector.globs(DB, Distro.RELEASE_FILES[0], Distro.RELEASE_FILES[1]);
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) {
    Optional<FileEntry> db = files.lookup(DB).filter(FileEntry::isRegular);
    if (db.isEmpty()) {
      return CatalogResult.EMPTY;
    }
    List<Unknown> unknowns = new ArrayList<>();
    List<ApkDbParser.Record> records;
    try {
      records = ApkDbParser.parse(FileContents.text(files, db.get(), ctx.maxFileBytes()));
    } catch (IOException e) {
      return new CatalogResult(List.of(), List.of(),
          List.of(new Unknown(DB, "unreadable apk database: " + e.getMessage())));
    }
    Optional<Distro> distro = Distro.of(files);
    List<Pkg> found = new ArrayList<>();
    for (ApkDbParser.Record r : records) {
      String name = r.get('P');
      String version = r.get('V');
      if (name.isEmpty() || version.isEmpty()) {
        unknowns.add(new Unknown(DB, "line " + r.line() + ": record without "
            + (name.isEmpty() ? "a package name (P:)" : "a version (V:) for " + name)));
        continue;
      }
      try {
        found.add(toPkg(r, name, version, distro, db.get()));
      } catch (IllegalArgumentException e) {
        unknowns.add(new Unknown(DB, "line " + r.line() + ": " + e.getMessage()));
      }
    }
    Set<String> keys = new HashSet<>();
    found.forEach(p -> keys.add(p.name() + "=" + p.version()));
    Map<String, Integer> layers = LayerAttribution.introducedIn(files, db.get(), keys,
        older -> {
          Set<String> k = new HashSet<>();
          for (ApkDbParser.Record r :
              ApkDbParser.parse(FileContents.text(files, older, ctx.maxFileBytes()))) {
            k.add(r.get('P') + "=" + r.get('V'));
          }
          return k;
        });
    List<Pkg> packages = new ArrayList<>();
    for (Pkg p : found) {
      packages.add(p.withLayer(layers.getOrDefault(p.name() + "=" + p.version(), p.layer())));
    }
    return new CatalogResult(packages, List.of(), unknowns).sorted();
  }

  private static Pkg toPkg(ApkDbParser.Record r, String name, String version,
      Optional<Distro> distro, FileEntry db) {
    String origin = r.get('o').isEmpty() ? name : r.get('o');
    long size = -1;
    try {
      size = Long.parseLong(r.get('I'));
    } catch (NumberFormatException e) {
      // absent: unknown size
    }
    ApkEntry entry = new ApkEntry(name, version, r.get('A'), origin, r.get('L'), r.get('m'),
        r.get('C'), size, r.get('c'));
    boolean wolfi = distro.map(d -> d.id().equals("wolfi") || d.id().equals("chainguard"))
        .orElse(false);
    String namespace = distro.map(Distro::id).orElse("alpine");
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", r.get('A'));
    distro.ifPresent(d -> q.put("distro", d.qualifier()));
    if (!origin.equals(name)) {
      q.put("upstream", origin);
    }
    return new Pkg(name, version, wolfi ? Ecosystem.WOLFI : Ecosystem.ALPINE,
        Purls.of("apk", namespace, name, version, q), PkgType.APK,
        DeclaredLicenses.split(r.get('L')), new SourcePackage(origin, version), r.files(),
        List.of(DB), false, db.layer(), entry);
  }
}
