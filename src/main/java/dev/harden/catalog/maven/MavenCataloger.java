package dev.harden.catalog.maven;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.Relationship;
import dev.harden.catalog.Unknown;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Java archives (jar, war, ear, par and Jenkins' hpi/jpi): every {@code pom.properties} inside
 * (shaded artifacts included), else the manifest, else the file name; nested archives
 * ({@code BOOT-INF/lib}, {@code WEB-INF/lib}, {@code lib/}, ...) recursively up to a depth limit.
 * Every package records the top-level archive as the file it lives in, so a classpath entry maps
 * to the packages inside it.
 */
public final class MavenCataloger implements Cataloger {

  static final String[] EXTENSIONS = {".jar", ".war", ".ear", ".par", ".hpi", ".jpi"};

  @Override
  public String name() {
    return "java-archive";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return entry -> entry.isRegular() && isArchiveName(entry.name().toLowerCase(Locale.ROOT));
  }

  static boolean isArchiveName(String lowerName) {
    for (String ext : EXTENSIONS) {
      if (lowerName.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    List<Pkg> packages = new ArrayList<>();
    List<Relationship> relationships = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    List<FileEntry> archives = files.entries()
        .filter(e -> e.isRegular() && isArchiveName(e.name().toLowerCase(Locale.ROOT)))
        .toList();
    for (FileEntry archive : archives) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      byte[] bytes;
      try {
        bytes = FileContents.bytes(files, archive, ctx.maxFileBytes());
      } catch (IOException e) {
        unknowns.add(new Unknown(archive.path(), "unreadable Java archive: " + e.getMessage()));
        continue;
      }
      JarScanner scanner = new JarScanner(ctx, archive.path(), archive.layer());
      scanner.scan(archive.path(), archive.name(), bytes, 0);
      packages.addAll(scanner.packages());
      relationships.addAll(scanner.relationships());
      unknowns.addAll(scanner.unknowns());
    }
    return new CatalogResult(packages, relationships, unknowns).sorted();
  }
}
