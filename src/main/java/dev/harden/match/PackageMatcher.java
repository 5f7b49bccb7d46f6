package dev.harden.match;

import dev.harden.catalog.Pkg;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches catalogued packages against the advisory store: turns each {@link Pkg} into the query
 * the store is keyed by (Maven {@code group:artifact}, npm {@code @scope/name}, OS packages by
 * source package within the detected release) and collects every AFFECTED or INDETERMINATE match.
 */
public final class PackageMatcher {

  /** Matches in report order: most severe first, then advisory id, then package. */
  public static final Comparator<PackageMatch> ORDER =
      Comparator.comparing((PackageMatch m) -> m.match().severity().level().ordinal())
          .thenComparing(m -> m.match().advisoryId())
          .thenComparing(PackageMatch::pkg, Pkg.ORDER);

  private final AdvisoryMatcher matcher;

  public PackageMatcher(AdvisoryMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * @param osRelease the image's {@code VERSION_ID} ({@code 12}, {@code 3.19.1}), or null
   */
  public List<PackageMatch> match(List<Pkg> packages, String osRelease) throws InputException {
    List<PackageMatch> out = new ArrayList<>();
    for (Pkg pkg : packages) {
      for (Match m : matcher.match(query(pkg, osRelease))) {
        out.add(new PackageMatch(pkg, m));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The store's view of a package. */
  public static PackageQuery query(Pkg pkg, String osRelease) {
    Ecosystem eco = pkg.ecosystem();
    if (eco.isOperatingSystem()) {
      String sourceName = pkg.source() == null ? null : pkg.source().name();
      String sourceVersion = pkg.source() == null ? null : pkg.source().version();
      return PackageQuery.os(eco, osRelease, pkg.name(), pkg.version(), sourceName, sourceVersion);
    }
    String namespace = pkg.purl().getNamespace();
    String name = pkg.name();
    if (namespace != null && !namespace.isEmpty()) {
      if (eco == Ecosystem.MAVEN) {
        name = namespace + ":" + pkg.purl().getName();
      } else if (eco == Ecosystem.NPM && !name.startsWith("@")) {
        name = namespace + "/" + pkg.purl().getName();
      }
    }
    return PackageQuery.of(eco, name, pkg.version());
  }
}
