package dev.harden.catalog;

import com.github.packageurl.PackageURL;
import dev.harden.ecosystem.Ecosystem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One installed (or locked) package.
 *
 * @param name the package's name in its ecosystem ({@code libc6}, {@code @types/react},
 *     {@code org.apache.logging.log4j:log4j-core} is split: name is the artifact id, the group is
 *     in the purl namespace and the metadata)
 * @param version the version as the ecosystem writes it ({@code 1:2.36-9+deb12u4}, {@code 4.17.1})
 * @param ecosystem where advisories for it live
 * @param purl its package URL
 * @param type what kind of artefact it is
 * @param licenses licences as declared by the package (not guessed), sorted, possibly empty
 * @param source the source package it was built from, or null when the ecosystem has none
 * @param files absolute paths of the files the package owns, sorted (empty when not recorded)
 * @param locations where the package was found: the database, manifest or archive, sorted
 * @param dev true for an npm devDependency
 * @param layer 0-based index of the layer that introduced it (-1 when the source has no layers)
 * @param metadata the ecosystem's own record
 */
public record Pkg(
    String name,
    String version,
    Ecosystem ecosystem,
    PackageURL purl,
    PkgType type,
    List<String> licenses,
    SourcePackage source,
    List<String> files,
    List<String> locations,
    boolean dev,
    int layer,
    PackageMetadata metadata) {

  /** Stable report order: type, name, version, first location. */
  public static final Comparator<Pkg> ORDER =
      Comparator.comparing((Pkg p) -> p.type().id())
          .thenComparing(Pkg::name)
          .thenComparing(Pkg::version)
          .thenComparing(Pkg::id);

  public Pkg {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(purl, "purl");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metadata, "metadata");
    licenses = sortedUnique(licenses);
    files = sortedUnique(files);
    locations = sortedUnique(locations);
  }

  /** An identifier unique within one result: the purl and where it was found. */
  public String id() {
    return purl.canonicalize() + (locations.isEmpty() ? "" : " @ " + locations.get(0));
  }

  /** A copy attributed to another layer. */
  public Pkg withLayer(int newLayer) {
    return new Pkg(name, version, ecosystem, purl, type, licenses, source, files, locations, dev,
        newLayer, metadata);
  }

  /** A copy owning these files. */
  public Pkg withFiles(Collection<String> newFiles) {
    return new Pkg(name, version, ecosystem, purl, type, licenses, source, List.copyOf(newFiles),
        locations, dev, layer, metadata);
  }

  private static List<String> sortedUnique(Collection<String> values) {
    if (values == null) {
      return List.of();
    }
    if (alreadySortedUnique(values)) {
      // the common case (a TreeSet, or a copy of a package): one pass instead of a tree
      return List.copyOf(values);
    }
    TreeSet<String> set = new TreeSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        set.add(v);
      }
    }
    return List.copyOf(new ArrayList<>(set));
  }

  /** True when the values are non-blank and strictly ascending: what sortedUnique would give. */
  private static boolean alreadySortedUnique(Collection<String> values) {
    String previous = null;
    for (String v : values) {
      if (v == null || v.isBlank() || (previous != null && previous.compareTo(v) >= 0)) {
        return false;
      }
      previous = v;
    }
    return true;
  }
}
