package dev.harden.catalog;

import dev.harden.catalog.apk.ApkCataloger;
import dev.harden.catalog.dpkg.DpkgCataloger;
import dev.harden.catalog.golang.GoBinaryCataloger;
import dev.harden.catalog.maven.MavenCataloger;
import dev.harden.catalog.npm.NpmCataloger;
import dev.harden.catalog.python.PythonCataloger;
import dev.harden.catalog.rpm.RpmCataloger;
import dev.harden.image.fs.ContentSelector;
import java.util.List;

/** The one list of built-in cataloguers; a new ecosystem adds one line here. */
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

  /** What the image reader must keep for these cataloguers: the union of their selectors. */
  public static ContentSelector selector(List<Cataloger> catalogers) {
    ContentSelector s = ContentSelector.NONE;
    for (Cataloger c : catalogers) {
      s = s.or(c.selector());
    }
    return s;
  }
}
