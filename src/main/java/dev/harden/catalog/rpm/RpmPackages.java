package dev.harden.catalog.rpm;

import dev.harden.catalog.RpmEntry;
import dev.harden.catalog.RpmDbFormat;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.Distro;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.SourcePackage;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns rpm headers (and manifest lines) into {@link Pkg}s. */
final class RpmPackages {

  /** The largest single header rpm itself accepts (header.c's headerMaxbytes). */
  static final long MAX_HEADER = 256L << 20;

  private final Optional<Distro> distro;

  RpmPackages(Optional<Distro> distro) {
    this.distro = distro;
  }

  List<Pkg> fromDatabase(byte[] bytes, FileEntry db, CatalogContext ctx, List<Unknown> unknowns)
      throws IOException {
    RpmDbFormat format;
    List<byte[]> blobs;
    if (SqliteRpmDb.looksLike(bytes)) {
      format = RpmDbFormat.SQLITE;
      blobs = SqliteRpmDb.blobs(bytes, ctx.scratchRoot(), MAX_HEADER);
    } else if (NdbReader.looksLike(bytes)) {
      format = RpmDbFormat.NDB;
      blobs = NdbReader.blobs(bytes, MAX_HEADER);
    } else if (BerkeleyDbReader.looksLike(bytes)) {
      format = RpmDbFormat.BERKELEY_DB;
      blobs = BerkeleyDbReader.values(bytes, MAX_HEADER);
    } else {
      throw new IOException("not a Berkeley DB, ndb or sqlite rpm database");
    }
    if (blobs.isEmpty()) {
      // every real rpm database lists rpm itself; an empty one is corrupt, not "nothing installed"
      throw new IOException("no package headers could be read ("
          + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }
    List<Pkg> out = new ArrayList<>();
    int n = 0;
    for (byte[] blob : blobs) {
      n++;
      try {
        RpmHeader h = RpmHeader.parse(blob);
        String name = h.string(RpmHeader.NAME);
        if (name.equals("gpg-pubkey")) {
          continue; // imported signing keys are stored as pseudo-packages
        }
        if (name.isEmpty()) {
          // a damaged header must not read as "nothing installed"
          unknowns.add(new Unknown(db.path(), "package header " + n + " has no name"));
          continue;
        }
        List<Integer> epochs = h.ints(RpmHeader.EPOCH);
        Integer epoch = epochs.isEmpty() ? null : epochs.get(0);
        RpmEntry entry = new RpmEntry(name, h.string(RpmHeader.VERSION),
            h.string(RpmHeader.RELEASE), epoch, h.string(RpmHeader.ARCH),
            h.string(RpmHeader.SOURCERPM), h.string(RpmHeader.LICENSE),
            h.string(RpmHeader.VENDOR), h.string(RpmHeader.MODULARITYLABEL), format);
        out.add(toPkg(entry, h.files(), db));
      } catch (IllegalArgumentException e) {
        unknowns.add(new Unknown(db.path(), "package header " + n + ": " + e.getMessage()));
      }
    }
    return out;
  }

  /** CBL-Mariner's {@code container-manifest-2}: one tab-separated line per package. */
  List<Pkg> fromManifest(String text, FileEntry manifest, List<Unknown> unknowns) {
    List<Pkg> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t");
      if (f.length < 10 || !f[1].contains("-")) {
        unknowns.add(new Unknown(manifest.path(), "line " + (i + 1) + ": not a manifest line"));
        continue;
      }
      int dash = f[1].lastIndexOf('-');
      Integer epoch = null;
      if (!f[5].equals("(none)") && !f[5].isBlank()) {
        try {
          epoch = Integer.parseInt(f[5].trim());
        } catch (NumberFormatException e) {
          unknowns.add(new Unknown(manifest.path(), "line " + (i + 1) + ": bad epoch " + f[5]));
          continue;
        }
      }
      RpmEntry entry = new RpmEntry(f[0], f[1].substring(0, dash), f[1].substring(dash + 1),
          epoch, f[7], f[9].equals("(none)") ? "" : f[9], "", f[4], "",
          RpmDbFormat.CONTAINER_MANIFEST);
      try {
        out.add(toPkg(entry, List.of(), manifest));
      } catch (IllegalArgumentException e) {
        unknowns.add(new Unknown(manifest.path(), "line " + (i + 1) + ": " + e.getMessage()));
      }
    }
    return out;
  }

  private Pkg toPkg(RpmEntry e, List<String> files, FileEntry location) {
    String vr = e.release().isEmpty() ? e.version() : e.version() + "-" + e.release();
    String version = e.epoch() == null ? vr : e.epoch() + ":" + vr;
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", e.arch());
    if (e.epoch() != null) {
      q.put("epoch", String.valueOf(e.epoch()));
    }
    distro.ifPresent(d -> q.put("distro", d.qualifier()));
    q.put("upstream", e.sourceRpm());
    String namespace = distro.map(d -> d.id().equals("rhel") ? "redhat" : d.id()).orElse(null);
    return new Pkg(e.name(), version, Ecosystem.RPM, Purls.of("rpm", namespace, e.name(), vr, q),
        PkgType.RPM, e.license().isBlank() ? List.of() : List.of(e.license().trim()),
        sourcePackage(e.sourceRpm()), files, List.of(location.path()), false, location.layer(), e);
  }

  /** {@code util-linux-2.32.1-42.el8_8.src.rpm} gives util-linux at 2.32.1-42.el8_8. */
  static SourcePackage sourcePackage(String sourceRpm) {
    if (sourceRpm == null || sourceRpm.isEmpty()) {
      return null;
    }
    String s = sourceRpm.replaceFirst("\\.(no)?src\\.rpm$", "");
    int release = s.lastIndexOf('-');
    int version = release > 0 ? s.lastIndexOf('-', release - 1) : -1;
    if (version <= 0) {
      return new SourcePackage(s, "");
    }
    return new SourcePackage(s.substring(0, version), s.substring(version + 1));
  }
}
