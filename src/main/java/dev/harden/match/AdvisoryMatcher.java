package dev.harden.match;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import dev.harden.version.Containment;
import dev.harden.version.InvalidVersionException;
import dev.harden.version.RangeHit;
import dev.harden.version.Version;
import dev.harden.vulndb.Advisory;
import dev.harden.vulndb.AdvisorySource;
import dev.harden.vulndb.AffectedPackage;
import dev.harden.vulndb.PackageVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches installed packages against advisories with OSV semantics: every affected entry for the
 * package (and the OS release, when known) is evaluated; withdrawn advisories and GIT ranges play
 * no part; OS packages are matched by their source package and source version; a version or a
 * range bound that cannot be parsed gives an INDETERMINATE match, never silence.
 */
public final class AdvisoryMatcher {

  private final AdvisorySource source;

  public AdvisoryMatcher(AdvisorySource source) {
    this.source = source;
  }

  /** The AFFECTED and INDETERMINATE matches of one package, sorted by advisory id. */
  public List<Match> match(PackageQuery q) throws InputException {
    Ecosystem eco = q.ecosystem();
    String name = eco.normaliseName(q.matchName());
    String version = q.matchVersion();
    String releaseKey = eco.releaseKey(q.osRelease()).orElse(null);
    List<Match> out = new ArrayList<>();
    for (Advisory a : source.advisories(eco, name)) {
      if (a.isWithdrawn()) {
        continue;
      }
      PackageVerdict best = null;
      for (AffectedPackage p : a.affected()) {
        if (p.ecosystem() != eco || !p.name().equals(name) || !p.appliesToRelease(releaseKey)) {
          continue;
        }
        PackageVerdict v = p.evaluate(version);
        best = best == null ? v : better(eco, best, v);
      }
      if (best == null || best.containment() == Containment.NOT_AFFECTED) {
        continue;
      }
      out.add(toMatch(q, a, best, name, version));
    }
    out.sort(Comparator.comparing(Match::advisoryId));
    return out;
  }

  private static Match toMatch(
      PackageQuery q, Advisory a, PackageVerdict v, String name, String version) {
    RangeHit hit = v.hit();
    String fixed = v.containment() == Containment.AFFECTED && hit != null ? hit.fixed() : null;
    FixState state;
    if (v.containment() != Containment.AFFECTED || hit == null) {
      state = FixState.UNKNOWN;
    } else {
      state =
          switch (hit.bound()) {
            case FIXED -> FixState.FIXED;
            case OPEN -> FixState.NOT_FIXED;
            case LAST_AFFECTED -> FixState.UNKNOWN;
          };
    }
    Evidence evidence =
        new Evidence(
            v.affected().osvEcosystem(), name, version, q.matchesBySource(), v.scheme(),
            v.evidence());
    return new Match(
        q, a.id(), a.aliases(), a.summary(), a.severity(), v.containment(), fixed, state, evidence);
  }

  /**
   * Of two entries' verdicts on one advisory: AFFECTED beats INDETERMINATE beats NOT_AFFECTED;
   * among AFFECTED, a named fix beats none and the lower fixed version (closest above the
   * installed one) wins.
   */
  private static PackageVerdict better(Ecosystem eco, PackageVerdict a, PackageVerdict b) {
    if (a.containment() != b.containment()) {
      return rank(a.containment()) <= rank(b.containment()) ? a : b;
    }
    if (a.containment() != Containment.AFFECTED) {
      return a;
    }
    String fa = a.hit() == null ? null : a.hit().fixed();
    String fb = b.hit() == null ? null : b.hit().fixed();
    if (fa == null || fb == null) {
      return fa != null ? a : (fb != null ? b : a);
    }
    try {
      Version va = eco.scheme().parse(fa);
      Version vb = eco.scheme().parse(fb);
      return vb.compareTo(va) < 0 ? b : a;
    } catch (InvalidVersionException e) {
      return a;
    }
  }

  private static int rank(Containment c) {
    return switch (c) {
      case AFFECTED -> 0;
      case INDETERMINATE -> 1;
      case NOT_AFFECTED -> 2;
    };
  }
}
