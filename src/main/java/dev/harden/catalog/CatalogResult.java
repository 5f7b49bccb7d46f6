package dev.harden.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What one or more cataloguers found: packages, relationships between them, and unknowns. */
public record CatalogResult(
    List<Pkg> packages, List<Relationship> relationships, List<Unknown> unknowns) {

  public static final CatalogResult EMPTY = new CatalogResult(List.of(), List.of(), List.of());

  public CatalogResult {
    packages = List.copyOf(packages);
    relationships = List.copyOf(relationships);
    unknowns = List.copyOf(unknowns);
  }

  /** This result followed by another one's entries. */
  public CatalogResult plus(CatalogResult other) {
    List<Pkg> p = new ArrayList<>(packages);
    p.addAll(other.packages);
    List<Relationship> r = new ArrayList<>(relationships);
    r.addAll(other.relationships);
    List<Unknown> u = new ArrayList<>(unknowns);
    u.addAll(other.unknowns);
    return new CatalogResult(p, r, u);
  }

  /** The same entries in their stable order (see {@link Pkg#ORDER}), for deterministic output. */
  public CatalogResult sorted() {
    // Pkg.ORDER ends with the id, which canonicalises the purl: compute it once per package
    record Keyed(String type, String name, String version, String id, Pkg pkg) {}
    List<Pkg> ordered = packages.stream()
        .map(p -> new Keyed(p.type().id(), p.name(), p.version(), p.id(), p))
        .sorted(Comparator.comparing(Keyed::type).thenComparing(Keyed::name)
            .thenComparing(Keyed::version).thenComparing(Keyed::id))
        .map(Keyed::pkg)
        .toList();
    return new CatalogResult(
        ordered,
        relationships.stream().sorted(Relationship.ORDER).distinct().toList(),
        unknowns.stream()
            .sorted(Comparator.comparing(Unknown::path).thenComparing(Unknown::reason))
            .distinct()
            .toList());
  }
}
