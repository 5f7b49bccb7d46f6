package dev.harden.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One OSV {@code affected[].ranges[]} entry: a type and its events. Evaluation follows the OSV
 * schema's algorithm: events sorted by version ({@code introduced: "0"} first), a version is
 * affected after the last {@code introduced} at or below it unless a {@code fixed} at or below it,
 * or a {@code last_affected} below it, comes later; {@code limit} events cap the whole range.
 *
 * @param type ECOSYSTEM, SEMVER or GIT (GIT ranges are kept for the record but never evaluated)
 * @param repo the repository of a GIT range, else {@code null}
 * @param events the events in the order the advisory lists them
 */
public record AffectedRange(RangeType type, String repo, List<RangeEvent> events) {

  public AffectedRange {
    Objects.requireNonNull(type, "type");
    events = List.copyOf(events);
  }

  /** A parsed event; {@code version} is null for {@code introduced: "0"}, which sorts first. */
  private record Parsed(RangeEvent event, Version version) {}

  private static final Comparator<Parsed> BY_VERSION =
      (a, b) -> {
        if (a.version == null || b.version == null) {
          return a.version == null ? (b.version == null ? 0 : -1) : 1;
        }
        return a.version.compareTo(b.version);
      };

  /**
   * Evaluates this range for {@code installed}, parsing the event versions with {@code scheme}
   * (the caller picks the scheme: the ecosystem's for ECOSYSTEM ranges, SemVer for SEMVER).
   */
  public RangeHit evaluate(VersionScheme scheme, Version installed) {
    if (type == RangeType.GIT) {
      return RangeHit.notAffected();
    }
    List<Parsed> ordered = new ArrayList<>();
    List<Version> limits = new ArrayList<>();
    for (RangeEvent e : events) {
      try {
        if (e instanceof RangeEvent.Introduced i && i.fromStart()) {
          ordered.add(new Parsed(e, null));
        } else if (e instanceof RangeEvent.Limit l) {
          if (!l.unbounded()) {
            limits.add(scheme.parse(l.version()));
          }
        } else {
          ordered.add(new Parsed(e, scheme.parse(e.version())));
        }
      } catch (InvalidVersionException bad) {
        return RangeHit.indeterminate(
            "range bound " + e.kind() + " \"" + e.version() + "\" is not a " + scheme.id()
                + " version");
      }
    }
    if (!limits.isEmpty() && limits.stream().noneMatch(l -> installed.compareTo(l) < 0)) {
      return RangeHit.notAffected();
    }
    ordered.sort(BY_VERSION);
    int lastIntroduced = -1;
    boolean affected = false;
    for (int i = 0; i < ordered.size(); i++) {
      Parsed p = ordered.get(i);
      if (p.event instanceof RangeEvent.Introduced
          && (p.version == null || installed.compareTo(p.version) >= 0)) {
        affected = true;
        lastIntroduced = i;
      } else if (p.event instanceof RangeEvent.Fixed && installed.compareTo(p.version) >= 0) {
        affected = false;
      } else if (p.event instanceof RangeEvent.LastAffected
          && installed.compareTo(p.version) > 0) {
        affected = false;
      }
    }
    if (!affected) {
      return RangeHit.notAffected();
    }
    return upperBound(ordered, lastIntroduced, installed, !limits.isEmpty());
  }

  private static RangeHit upperBound(
      List<Parsed> ordered, int from, Version installed, boolean limited) {
    String lower = ordered.get(from).event.version();
    for (int i = from + 1; i < ordered.size(); i++) {
      Parsed p = ordered.get(i);
      if (p.event instanceof RangeEvent.Fixed && installed.compareTo(p.version) < 0) {
        String fixed = p.event.version();
        return new RangeHit(
            Containment.AFFECTED, "[" + lower + "," + fixed + ")", RangeHit.Bound.FIXED, fixed);
      }
      if (p.event instanceof RangeEvent.LastAffected && installed.compareTo(p.version) <= 0) {
        return new RangeHit(
            Containment.AFFECTED,
            "[" + lower + "," + p.event.version() + "]",
            RangeHit.Bound.LAST_AFFECTED,
            null);
      }
    }
    RangeHit.Bound bound = limited ? RangeHit.Bound.LAST_AFFECTED : RangeHit.Bound.OPEN;
    return new RangeHit(Containment.AFFECTED, "[" + lower + ",*)", bound, null);
  }
}
