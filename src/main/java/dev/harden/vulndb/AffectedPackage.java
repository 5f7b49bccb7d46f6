package dev.harden.vulndb;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.version.AffectedRange;
import dev.harden.version.Containment;
import dev.harden.version.InvalidVersionException;
import dev.harden.version.RangeHit;
import dev.harden.version.RangeType;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.List;
import java.util.Objects;

/**
 * One OSV {@code affected[]} entry: a package in an ecosystem (maybe of one release), its ranges
 * and its explicit version list.
 *
 * @param ecosystem the ecosystem
 * @param osvEcosystem the ecosystem string as the advisory writes it, e.g. {@code Debian:12}
 * @param releaseKey the normalised release ({@link Ecosystem#releaseKey}), or {@code null}
 * @param name the package name normalised for the ecosystem
 * @param ranges the ranges in advisory order (GIT ranges kept, never evaluated)
 * @param versions the explicit affected versions
 */
public record AffectedPackage(
    Ecosystem ecosystem,
    String osvEcosystem,
    String releaseKey,
    String name,
    List<AffectedRange> ranges,
    List<String> versions) {

  public AffectedPackage {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    ranges = List.copyOf(ranges);
    versions = List.copyOf(versions);
  }

  /** True when this entry applies to the OS release key given (or has no release). */
  public boolean appliesToRelease(String osReleaseKey) {
    return releaseKey == null || osReleaseKey == null || releaseKey.equals(osReleaseKey);
  }

  /**
   * Whether {@code installed} is affected: AFFECTED if any ECOSYSTEM/SEMVER range contains it
   * (checked first, because a range can name the fix) or the explicit list names it; INDETERMINATE if the version or a range bound does not
   * parse and nothing says AFFECTED; NOT_AFFECTED otherwise. GIT ranges never count.
   */
  public PackageVerdict evaluate(String installed) {
    VersionScheme scheme = ecosystem.scheme();
    Version parsed = null;
    String parseProblem = null;
    try {
      parsed = scheme.parse(installed);
    } catch (InvalidVersionException e) {
      parseProblem = e.getMessage();
    }
    PackageVerdict result = null;
    for (AffectedRange range : ranges) {
      if (range.type() == RangeType.GIT) {
        continue;
      }
      VersionScheme rangeScheme = ecosystem.schemeFor(range.type());
      RangeHit hit;
      if (rangeScheme != scheme || parsed == null) {
        hit = evaluateWith(range, rangeScheme, installed);
      } else {
        hit = range.evaluate(rangeScheme, parsed);
      }
      PackageVerdict v = new PackageVerdict(this, hit.containment(), hit, hit.interval(), rangeScheme.id());
      result = result == null ? v : PackageVerdict.combine(result, v);
    }
    if (result != null && result.containment() == Containment.AFFECTED) {
      return result;
    }
    if (listed(installed, parsed)) {
      return new PackageVerdict(this, Containment.AFFECTED, null, "listed in versions", scheme.id());
    }
    if (result == null) {
      return new PackageVerdict(this, Containment.NOT_AFFECTED, null, "", scheme.id());
    }
    if (result.containment() == Containment.INDETERMINATE && parseProblem != null) {
      return new PackageVerdict(this, Containment.INDETERMINATE, null, parseProblem, scheme.id());
    }
    return result;
  }

  private static RangeHit evaluateWith(AffectedRange range, VersionScheme scheme, String raw) {
    try {
      return range.evaluate(scheme, scheme.parse(raw));
    } catch (InvalidVersionException e) {
      return new RangeHit(Containment.INDETERMINATE, e.getMessage(), RangeHit.Bound.OPEN, null);
    }
  }

  private boolean listed(String installed, Version parsed) {
    for (String v : versions) {
      if (v.equals(installed)) {
        return true;
      }
      if (parsed != null) {
        try {
          if (ecosystem.scheme().parse(v).equals(parsed)) {
            return true;
          }
        } catch (InvalidVersionException ignored) {
          // an unparsable list entry can only match by exact spelling, checked above
        }
      }
    }
    return false;
  }
}
