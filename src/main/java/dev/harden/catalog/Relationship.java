package dev.harden.catalog;

import java.util.Comparator;

/**
 * A directed edge between two packages of one result, by {@link Pkg#id()}.
 *
 * @param from the containing or depending package
 * @param to the contained or depended-on package
 */
public record Relationship(String from, String to, Kind kind) {

  public enum Kind {
    /** {@code from} physically contains {@code to} (a fat jar and the jars inside it). */
    CONTAINS,
    /** {@code from} declares a dependency on {@code to} (a Go main module and its modules). */
    DEPENDS_ON
  }

  static final Comparator<Relationship> ORDER =
      Comparator.comparing(Relationship::from)
          .thenComparing(Relationship::to)
          .thenComparing(Relationship::kind);
}
