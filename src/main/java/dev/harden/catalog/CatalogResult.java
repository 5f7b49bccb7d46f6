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
    return new CatalogResult(
        packages.stream().sorted(Pkg.ORDER).toList(),
        relationships.stream().sorted(Relationship.ORDER).distinct().toList(),
        unknowns.stream()
            .sorted(Comparator.comparing(Unknown::path).thenComparing(Unknown::reason))
            .distinct()
            .toList());
  }
}
