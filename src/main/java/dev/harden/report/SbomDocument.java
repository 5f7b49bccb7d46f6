package dev.harden.report;

import dev.harden.catalog.CatalogResult;
import java.time.Instant;
import java.util.Objects;

/**
 * What an SBOM is rendered from: the inventory of one subject (an image reference or a path) and
 * the moment it was taken. The time is passed in, never read, so output is reproducible and golden
 * tests can fix it; the tool version comes from {@link RenderOptions}.
 */
public record SbomDocument(String subject, CatalogResult catalog, Instant created) {

  public SbomDocument {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(created, "created");
    catalog = catalog.sorted();
  }
}
