package dev.harden.catalog;

import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileResolver;

/**
 * Finds the packages of one ecosystem in a file tree. Cataloguers never touch the host file
 * system: everything comes through the {@link FileResolver}, so the same code runs on an image, an
 * OCI layout or a directory. A file that cannot be parsed becomes an {@link Unknown} in the result;
 * only an interruption stops a cataloguer.
 */
public interface Cataloger {

  /** Stable name used in output and cache keys, e.g. {@code dpkg-db}. */
  String name();

  /** Bumped whenever the output for the same input changes, so cached results are invalidated. */
  int version();

  /** The files whose contents this cataloguer reads; the image reader keeps only those. */
  ContentSelector selector();

  CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException;
}
