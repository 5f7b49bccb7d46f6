package dev.harden.catalog.maven;

import dev.harden.catalog.MavenArtifact;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.Relationship;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.ZipArchive;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one top-level Java archive and the archives nested in it, entirely in memory: nothing is
 * ever extracted to disk, entry names are only used as labels, nesting depth, entry counts, entry
 * sizes and the total inflated bytes are bounded, so a zip bomb or a path-traversal entry becomes
 * an {@link Unknown} rather than a problem.
 */
final class JarScanner {

  private static final long SMALL_ENTRY = 1 << 20; // pom.properties and manifests

  private final CatalogContext ctx;
  private final String topPath;
  private final int layer;
  private final List<Pkg> packages = new ArrayList<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private final List<Unknown> unknowns = new ArrayList<>();
  private long inflatedBudget;

  JarScanner(CatalogContext ctx, String topPath, int layer) {
    this.ctx = ctx;
    this.topPath = topPath;
    this.layer = layer;
    this.inflatedBudget = 4 * ctx.maxEntryBytes();
  }

  List<Pkg> packages() {
    return packages;
  }

  List<Relationship> relationships() {
    return relationships;
  }

  List<Unknown> unknowns() {
    return unknowns;
  }

  /** Scans an archive; returns the id of the package that is the archive's own identity. */
  Optional<String> scan(String location, String fileName, byte[] bytes, int depth) {
    Map<String, JarIdentity.Coordinates> fromPoms = new LinkedHashMap<>();
    Map<String, JarIdentity.Coordinates> fromPomXmls = new LinkedHashMap<>();
    JarIdentity.Coordinates fromManifest = null;
    List<String> nestedOwn = new ArrayList<>();
    try {
      ZipArchive zip = ZipArchive.read(bytes, ctx.maxArchiveEntries());
      if (zip.truncated()) {
        unknowns.add(new Unknown(location, "more than " + ctx.maxArchiveEntries()
            + " entries; the rest were not read"));
      }
      for (ZipArchive.Entry entry : zip.entries()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.name();
        if (isSuspicious(name)) {
          unknowns.add(new Unknown(location, "entry with an unsafe name skipped: " + name));
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("pom.properties")) {
          JarIdentity.fromPomProperties(read(zip, entry, SMALL_ENTRY))
              .ifPresent(c -> fromPoms.putIfAbsent(c.groupId() + ":" + c.artifactId() + ":"
                  + c.version(), c));
        } else if (lower.startsWith("meta-inf/maven/") && lower.endsWith("/pom.xml")) {
          try {
            JarIdentity.fromPomXml(read(zip, entry, SMALL_ENTRY)).ifPresent(c -> fromPomXmls
                .putIfAbsent(c.groupId() + ":" + c.artifactId() + ":" + c.version(), c));
          } catch (IOException e) {
            unknowns.add(new Unknown(location + "!/" + name, e.getMessage()));
          }
        } else if (name.equals("META-INF/MANIFEST.MF")) {
          fromManifest = JarIdentity.fromManifest(read(zip, entry, SMALL_ENTRY)).orElse(null);
        } else if (MavenCataloger.isArchiveName(lower)) {
          String nestedLocation = location + "!/" + name;
          if (depth + 1 > ctx.maxArchiveDepth()) {
            unknowns.add(new Unknown(nestedLocation,
                "archive nested deeper than " + ctx.maxArchiveDepth() + " levels; not read"));
            continue;
          }
          byte[] nested;
          try {
            nested = read(zip, entry, ctx.maxEntryBytes());
          } catch (IOException e) {
            unknowns.add(new Unknown(nestedLocation, e.getMessage()));
            continue;
          }
          String nestedFile = name.substring(name.lastIndexOf('/') + 1);
          scan(nestedLocation, nestedFile, nested, depth + 1).ifPresent(nestedOwn::add);
        }
      }
    } catch (IOException | RuntimeException e) {
      unknowns.add(new Unknown(location, "unreadable Java archive: " + e.getMessage()));
      return Optional.empty();
    }
    return emit(location, fileName, bytes, fromPoms.isEmpty() ? fromPomXmls : fromPoms,
        fromManifest, nestedOwn);
  }

  private Optional<String> emit(String location, String fileName, byte[] bytes,
      Map<String, JarIdentity.Coordinates> fromPoms, JarIdentity.Coordinates fromManifest,
      List<String> nestedOwn) {
    String sha1 = sha1(bytes);
    List<JarIdentity.Coordinates> found = new ArrayList<>(fromPoms.values());
    JarIdentity.Coordinates own = null;
    if (found.size() == 1) {
      own = found.get(0);
    } else {
      String stem = fileName.toLowerCase(Locale.ROOT);
      for (JarIdentity.Coordinates c : found) {
        if (stem.startsWith(c.artifactId().toLowerCase(Locale.ROOT) + "-")
            || stem.startsWith(c.artifactId().toLowerCase(Locale.ROOT) + ".")) {
          own = c;
          break;
        }
      }
    }
    if (found.isEmpty()) {
      own = fromManifest != null ? fromManifest : JarIdentity.fromFileName(fileName).orElse(null);
      if (own != null) {
        found.add(own);
      }
    }
    String ownId = null;
    List<String> others = new ArrayList<>();
    for (JarIdentity.Coordinates c : found) {
      boolean isOwn = c == own;
      try {
        // a Maven purl needs a group; without one, guess the artifact id (as for log4j:log4j
        // or commons-collections:commons-collections); the evidence field says it is a guess
        String purlGroup = c.groupId().isEmpty() ? c.artifactId() : c.groupId();
        Pkg p = new Pkg(c.artifactId(), c.version(), Ecosystem.MAVEN,
            Purls.of("maven", purlGroup, c.artifactId(), c.version()), PkgType.JAVA_ARCHIVE,
            List.of(), null, List.of(topPath), List.of(location), false, layer,
            new MavenArtifact(c.groupId(), c.artifactId(), c.version(), location,
                isOwn ? sha1 : "", c.evidence()));
        packages.add(p);
        if (isOwn) {
          ownId = p.id();
        } else {
          others.add(p.id());
        }
      } catch (IllegalArgumentException e) {
        unknowns.add(new Unknown(location, e.getMessage()));
      }
    }
    if (ownId != null) {
      for (String o : others) {
        relationships.add(new Relationship(ownId, o, Relationship.Kind.CONTAINS));
      }
      for (String n : nestedOwn) {
        relationships.add(new Relationship(ownId, n, Relationship.Kind.CONTAINS));
      }
    }
    return Optional.ofNullable(ownId);
  }

  private byte[] read(ZipArchive zip, ZipArchive.Entry entry, long limit) throws IOException {
    long declared = entry.size();
    if (declared > limit) {
      throw new IOException(entry.name() + ": entry of " + declared + " bytes is over the limit");
    }
    long allowed = Math.min(limit, inflatedBudget);
    try (InputStream in = zip.open(entry)) {
      byte[] data = FileContents.readBounded(in, allowed);
      inflatedBudget -= data.length;
      return data;
    } catch (IOException e) {
      throw new IOException(entry.name() + ": " + e.getMessage()
          + (allowed < limit ? " (archive inflates to more than its budget)" : ""), e);
    }
  }

  private static boolean isSuspicious(String name) {
    if (name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0) {
      return true;
    }
    for (String part : name.split("[/\\\\]")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
