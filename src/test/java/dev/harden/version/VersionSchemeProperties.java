package dev.harden.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The properties every version scheme must have, over strings from the scheme's generator: a
 * total order (reflexive, antisymmetric, transitive, every pair comparable), {@code parse(raw)}
 * round trip, and {@code equals}/{@code hashCode} that agree with {@code compareTo}. Each scheme's
 * {@code <Scheme>PropertiesTest} extends this and supplies {@link #versions()}.
 *
 * <p>Each property runs {@link #CASES} cases drawn from a {@code java.util.Random} with a fixed
 * seed, so every run checks the same cases; a failure names the seed, the case and its inputs.
 */
public abstract class VersionSchemeProperties {

  /** Cases per property: enough to hit the rare spellings of every generator many times. */
  protected static final int CASES = 3_000;

  private static final long SEED = 0x5EED_0717L;

  /** The six orders of a triple's indices. */
  private static final List<int[]> PERMUTATIONS =
      List.of(
          new int[] {0, 1, 2}, new int[] {0, 2, 1}, new int[] {1, 0, 2},
          new int[] {1, 2, 0}, new int[] {2, 0, 1}, new int[] {2, 1, 0});

  protected abstract VersionScheme scheme();

  /** Valid version strings of the scheme, biased towards near-equal spellings. */
  protected abstract Generator<String> versions();

  protected Version parse(String raw) {
    try {
      return scheme().parse(raw);
    } catch (InvalidVersionException e) {
      throw new AssertionError("generator produced an invalid version: " + raw, e);
    }
  }

  @Test
  void reflexive() {
    forAll("reflexive", versions(), a -> assertThat(parse(a).compareTo(parse(a))).isZero());
  }

  @Test
  void antisymmetricAndTotal() {
    forAllPairs(
        "antisymmetricAndTotal",
        versions(),
        (a, b) -> {
          int ab = parse(a).compareTo(parse(b));
          int ba = parse(b).compareTo(parse(a));
          assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(ba));
        });
  }

  /** Checks every ordering of each drawn triple, so no triple is wasted on an unordered draw. */
  @Test
  void transitive() {
    forAll(
        "transitive",
        3,
        versions(),
        abc -> {
          for (int[] p : PERMUTATIONS) {
            String a = abc[p[0]];
            String b = abc[p[1]];
            String c = abc[p[2]];
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
        });
  }

  @Test
  void parseRoundTrip() {
    forAll(
        "parseRoundTrip",
        versions(),
        a -> {
          Version v = parse(a);
          assertThat(v.raw()).isEqualTo(a);
          Version again = parse(v.raw());
          assertThat(again).isEqualTo(v);
          assertThat(again.compareTo(v)).isZero();
        });
  }

  @Test
  void equalsAndHashCodeAgreeWithCompare() {
    forAllPairs(
        "equalsAndHashCodeAgreeWithCompare",
        versions(),
        (a, b) -> {
          Version x = parse(a);
          Version y = parse(b);
          assertThat(x.equals(y)).as("%s equals %s", a, b).isEqualTo(x.compareTo(y) == 0);
          if (x.equals(y)) {
            assertThat(x.hashCode()).as("hash of %s and %s", a, b).isEqualTo(y.hashCode());
          }
        });
  }

  /**
   * For schemes with an {@code N:} epoch (deb, rpm): a version given epoch 1 outranks every
   * version without one, whatever follows the epoch.
   */
  protected final void checkAnEpochOutranksEverythingAfterIt() {
    forAllPairs(
        "anEpochOutranksEverythingAfterIt",
        versions(),
        (a, b) -> {
          if (a.contains(":") || b.contains(":")) {
            return;
          }
          assertThat(parse("1:" + a).compareTo(parse(b))).as("1:%s > %s", a, b).isPositive();
        });
  }

  protected final void forAll(String property, Generator<String> gen, Consumer<String> check) {
    forAll(property, 1, gen, in -> check.accept(in[0]));
  }

  protected final void forAllPairs(
      String property, Generator<String> gen, BiConsumer<String, String> check) {
    forAll(property, 2, gen, in -> check.accept(in[0], in[1]));
  }

  /**
   * Runs {@code check} on {@link #CASES} draws of {@code arity} values each. The first value is
   * drawn afresh; each further one is, three times in four, a neighbour of an earlier one (see
   * {@link Draws}), so equal and near-equal pairs come up often. The seed depends only on the
   * property's name, so a failure replays with the seed its message prints.
   */
  protected final void forAll(
      String property, int arity, Generator<String> gen, Consumer<String[]> check) {
    long seed = SEED + property.hashCode();
    Random random = new Random(seed);
    Draws draws = new Draws(gen, random);
    for (int i = 1; i <= CASES; i++) {
      Draws.Draw[] drawn = new Draws.Draw[arity];
      for (int k = 0; k < arity; k++) {
        drawn[k] =
            k == 0 || random.nextInt(4) == 0 ? draws.fresh() : draws.near(drawn[random.nextInt(k)]);
      }
      String[] inputs = Arrays.stream(drawn).map(Draws.Draw::value).toArray(String[]::new);
      try {
        check.accept(inputs);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            String.format(
                "%s.%s failed on case %d of %d, inputs %s (seed %d: new java.util.Random(%dL)): %s",
                getClass().getSimpleName(), property, i, CASES, Arrays.toString(inputs), seed,
                seed, e.getMessage()),
            e);
      }
    }
  }
}
