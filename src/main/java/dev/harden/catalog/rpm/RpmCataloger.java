package dev.harden.catalog.rpm;

import dev.harden.catalog.RpmEntry;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Red Hat family packages from the rpm database in any of its three formats (Berkeley DB
 * {@code Packages}, ndb {@code Packages.db}, sqlite {@code rpmdb.sqlite}; told apart by their
 * magic, not their names) under {@code /var/lib/rpm}, {@code /usr/lib/sysimage/rpm} or
 * {@code /usr/share/rpm}, and from the plain-text manifest of distroless CBL-Mariner images.
 */
public final class RpmCataloger implements Cataloger {

  static final String DB_GLOB =
      "/{var/lib/rpm,usr/lib/sysimage/rpm,usr/share/rpm}/{Packages,Packages.db,rpmdb.sqlite}";
  static final String MANIFEST = "/var/lib/rpmmanifest/container-manifest-2";

  @Override
  public String name() {
    return "rpm-db";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return ContentSelector.globs(DB_GLOB, MANIFEST, Distro.RELEASE_FILES[0],
        Distro.RELEASE_FILES[1]);
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    Optional<Distro> distro = Distro.of(files);
    RpmPackages factory = new RpmPackages(distro);
    List<Pkg> packages = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    for (FileEntry db : files.glob(DB_GLOB)) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      if (!db.isRegular()) {
        continue;
      }
      List<Pkg> found = new ArrayList<>();
      try {
        byte[] bytes = FileContents.bytes(files, db, ctx.maxFileBytes());
        for (Pkg p : factory.fromDatabase(bytes, db, ctx, unknowns)) {
          found.add(p);
        }
      } catch (IOException e) {
        unknowns.add(new Unknown(db.path(), "unreadable rpm database: " + e.getMessage()));
        continue;
      }
      Set<String> keys = new HashSet<>();
      found.forEach(p -> keys.add(key(p)));
      Map<String, Integer> layers = LayerAttribution.introducedIn(files, db, keys, older -> {
        Set<String> k = new HashSet<>();
        List<Unknown> ignored = new ArrayList<>();
        for (Pkg p : factory.fromDatabase(FileContents.bytes(files, older, ctx.maxFileBytes()),
            older, ctx, ignored)) {
          k.add(key(p));
        }
        return k;
      });
      for (Pkg p : found) {
        packages.add(p.withLayer(layers.getOrDefault(key(p), db.layer())));
      }
    }
    files.lookup(MANIFEST).filter(FileEntry::isRegular).ifPresent(m -> {
      try {
        packages.addAll(factory.fromManifest(
            FileContents.text(files, m, ctx.maxFileBytes()), m, unknowns));
      } catch (IOException e) {
        unknowns.add(new Unknown(m.path(), "unreadable rpm manifest: " + e.getMessage()));
      }
    });
    return new CatalogResult(packages, List.of(), unknowns).sorted();
  }

  private static String key(Pkg p) {
    RpmEntry e = (RpmEntry) p.metadata();
    return e.name() + "." + e.arch() + "=" + p.version();
  }
}
