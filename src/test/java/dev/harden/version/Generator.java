package dev.harden.version;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;

/**
 * Draws one value from a seeded {@link Random}; the same seed draws the same values, so a failing
 * case can be replayed. The version property tests build their strings from small pools of parts,
 * which makes equal and near-equal spellings common.
 */
@FunctionalInterface
public interface Generator<T> {

  T next(Random random);

  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  /** One of the strings, each equally likely (repeat one to make it likelier). */
  static Generator<String> oneOf(String... choices) {
    String[] copy = choices.clone();
    return random -> copy[random.nextInt(copy.length)];
  }

  /** The empty string half the time, otherwise a value of {@code part}. */
  static Generator<String> optional(Generator<String> part) {
    return random -> random.nextBoolean() ? "" : part.next(random);
  }

  /** Between {@code min} and {@code max} (inclusive) values of {@code part} joined by a separator. */
  static Generator<String> joined(Generator<String> part, int min, int max, String separator) {
    return random -> {
      String[] parts = new String[min + random.nextInt(max - min + 1)];
      Arrays.setAll(parts, i -> part.next(random));
      return String.join(separator, parts);
    };
  }

  /** One value of each part, concatenated in order. */
  @SafeVarargs
  static Generator<String> concat(Generator<String>... parts) {
    Generator<String>[] copy = parts.clone();
    return random -> {
      StringBuilder out = new StringBuilder();
      for (Generator<String> part : copy) {
        out.append(part.next(random));
      }
      return out.toString();
    };
  }
}
