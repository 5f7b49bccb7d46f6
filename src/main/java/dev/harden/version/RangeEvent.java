package dev.harden.version;

import java.util.Objects;

/** One OSV range event, typed. The version string is parsed only when a range is evaluated. */
public sealed interface RangeEvent
    permits RangeEvent.Introduced, RangeEvent.Fixed, RangeEvent.LastAffected, RangeEvent.Limit {

  /** The event's version string as the advisory spells it ({@code "0"} for "from the start"). */
  String version();

  /** The OSV key of this event: {@code introduced}, {@code fixed}, ... */
  String kind();

  /** The first affected version; {@code "0"} means every version before the next event. */
  record Introduced(String version) implements RangeEvent {
    public Introduced {
      Objects.requireNonNull(version, "version");
    }

    /** True for OSV's {@code "0"}, which sorts before every version of every scheme. */
    public boolean fromStart() {
      return version.equals("0");
    }

    @Override
    public String kind() {
      return "introduced";
    }
  }

  /** The first version that is no longer affected. */
  record Fixed(String version) implements RangeEvent {
    public Fixed {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String kind() {
      return "fixed";
    }
  }

  /** The last version known to be affected; later ones are not, but no fix is named. */
  record LastAffected(String version) implements RangeEvent {
    public LastAffected {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String kind() {
      return "last_affected";
    }
  }

  /** An upper bound on the whole range ({@code "*"} means none). */
  record Limit(String version) implements RangeEvent {
    public Limit {
      Objects.requireNonNull(version, "version");
    }

    /** True for OSV's {@code "*"}. */
    public boolean unbounded() {
      return version.equals("*");
    }

    @Override
    public String kind() {
      return "limit";
    }
  }

  /** The event for an OSV event key, or {@code null} for a key OSV does not define. */
  static RangeEvent of(String kind, String version) {
    return switch (kind) {
      case "introduced" -> new Introduced(version);
      case "fixed" -> new Fixed(version);
      case "last_affected" -> new LastAffected(version);
      case "limit" -> new Limit(version);
      default -> null;
    };
  }
}
