package dev.harden.version;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every version scheme must have, over strings from the scheme's generator: a
 * total order (reflexive, antisymmetric, transitive, every pair comparable), {@code parse(raw)}
 * round trip, and {@code equals}/{@code hashCode} that agree with {@code compareTo}. Each scheme's
 * {@code <Scheme>PropertiesTest} extends this and supplies {@link #versions()}.
 */
public abstract class VersionSchemeProperties {

  protected abstract VersionScheme scheme();

  /** Valid version strings of the scheme, biased towards near-equal spellings. */
  @Provide
  protected abstract Arbitrary<String> versions();

  protected Version parse(String raw) {
    try {
      return scheme().parse(raw);
    } catch (InvalidVersionException e) {
      throw new AssertionError("generator produced an invalid version: " + raw, e);
    }
  }

  @Property(tries = 300)
  void reflexive(@ForAll("versions") String a) {
    assertThat(parse(a).compareTo(parse(a))).isZero();
  }

  @Property(tries = 600)
  void antisymmetricAndTotal(@ForAll("versions") String a, @ForAll("versions") String b) {
    int ab = parse(a).compareTo(parse(b));
    int ba = parse(b).compareTo(parse(a));
    assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(ba));
  }

  @Property(tries = 800)
  void transitive(
      @ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    Version x = parse(a);
    Version y = parse(b);
    Version z = parse(c);
    if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
      assertThat(x.compareTo(z)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
    }
    if (x.compareTo(y) == 0 && y.compareTo(z) == 0) {
      assertThat(x.compareTo(z)).as("%s == %s == %s", a, b, c).isZero();
    }
  }

  @Property(tries = 300)
  void parseRoundTrip(@ForAll("versions") String a) throws InvalidVersionException {
    Version v = parse(a);
    assertThat(v.raw()).isEqualTo(a);
    Version again = scheme().parse(v.raw());
    assertThat(again).isEqualTo(v);
    assertThat(again.compareTo(v)).isZero();
  }

  @Property(tries = 600)
  void equalsAndHashCodeAgreeWithCompare(
      @ForAll("versions") String a, @ForAll("versions") String b) {
    Version x = parse(a);
    Version y = parse(b);
    assertThat(x.equals(y)).as("%s equals %s", a, b).isEqualTo(x.compareTo(y) == 0);
    if (x.equals(y)) {
      assertThat(x.hashCode()).as("hash of %s and %s", a, b).isEqualTo(y.hashCode());
    }
  }
}
