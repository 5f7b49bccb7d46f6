package dev.harden.report;

import dev.harden.catalog.CatalogResult;
import java.time.Instant;
import java.util.Objects;

/**
 * What an SBOM is rendered from: the inventory of one subject (an image reference or a path), the
 * moment it was taken and the tool's version. Time and version are passed in, never read, so
 * output is reproducible and golden tests can fix them.
 */
public record SbomDocument(String subject, CatalogResult catalog, Instant created,
    String toolVersion) {

  public SbomDocument {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(toolVersion, "toolVersion");
    catalog = catalog.sorted();
  }
}
