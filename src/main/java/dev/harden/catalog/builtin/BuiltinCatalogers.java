package dev.harden.catalog.builtin;

import dev.harden.catalog.CatalogRunner;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.apk.ApkCataloger;
import dev.harden.catalog.dpkg.DpkgCataloger;
import dev.harden.catalog.golang.GoBinaryCataloger;
import dev.harden.catalog.maven.MavenCataloger;
import dev.harden.catalog.npm.NpmCataloger;
import dev.harden.catalog.python.PythonCataloger;
import dev.harden.catalog.rpm.RpmCataloger;
import dev.harden.image.fs.ContentSelector;
import java.util.List;

/**
 * The one list of built-in cataloguers; a new ecosystem adds one line here. It sits in its own
 * package because it names every ecosystem package, and they all depend on {@code catalog}.
 */
public final class BuiltinCatalogers {

  private BuiltinCatalogers() {}

  /** Fresh instances, OS package databases first, then language ecosystems. */
  public static List<Cataloger> all() {
    return List.of(
        new DpkgCataloger(),
        new ApkCataloger(),
        new RpmCataloger(),
        new NpmCataloger(),
        new MavenCataloger(),
        new PythonCataloger(),
        new GoBinaryCataloger());
  }

  /** A runner over all built-in cataloguers. */
  public static CatalogRunner runner() {
    return new CatalogRunner(all());
  }

  /** What the image reader must keep for these cataloguers: the union of their selectors. */
  public static ContentSelector selector(List<Cataloger> catalogers) {
    ContentSelector s = ContentSelector.NONE;
    for (Cataloger c : catalogers) {
      s = s.or(c.selector());
    }
    return s;
  }
}
