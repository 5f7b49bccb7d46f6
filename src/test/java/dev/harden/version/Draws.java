package dev.harden.version;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws values of a generator, either afresh or as a neighbour of an earlier draw: the same random
 * choices replayed with one or two of them made again. Independent draws from a large space are
 * almost never equal or near-equal, yet that is where orderings break ({@code 1.0} against {@code
 * 1.0-0}, {@code 1.0~rc1} against {@code 1.0}); neighbours bring those pairs up often, without the
 * generators knowing anything of their scheme.
 */
final class Draws {

  /** One drawn value and the raw random numbers its generator consumed. */
  record Draw(String value, int[] choices) {}

  private final Generator<String> generator;
  private final Random random;

  Draws(Generator<String> generator, Random random) {
    this.generator = generator;
    this.random = random;
  }

  Draw fresh() {
    return draw(new int[0], new boolean[0]);
  }

  /** A draw that repeats {@code of}'s choices except one or two, picked at random. */
  Draw near(Draw of) {
    boolean[] redraw = new boolean[of.choices().length];
    int changes = 1 + random.nextInt(2);
    for (int i = 0; i < changes && redraw.length > 0; i++) {
      redraw[random.nextInt(redraw.length)] = true;
    }
    return draw(of.choices(), redraw);
  }

  private Draw draw(int[] script, boolean[] redraw) {
    ReplayingRandom replay = new ReplayingRandom(random.nextLong(), script, redraw);
    String value = generator.next(replay);
    return new Draw(value, replay.consumed());
  }

  /**
   * A {@link Random} that hands out a recorded script of raw 32-bit numbers, except at the marked
   * positions and past the end, where it draws new ones; it records everything it hands out.
   */
  private static final class ReplayingRandom extends Random {
    private static final long serialVersionUID = 1L;

    private final int[] script;
    private final boolean[] redraw;
    private int[] consumed = new int[16];
    private int position;

    ReplayingRandom(long seed, int[] script, boolean[] redraw) {
      super(seed);
      this.script = script;
      this.redraw = redraw;
    }

    @Override
    protected int next(int bits) {
      int raw =
          position < script.length && !redraw[position] ? script[position] : super.next(32);
      if (position == consumed.length) {
        consumed = Arrays.copyOf(consumed, position * 2);
      }
      consumed[position++] = raw;
      return raw >>> (32 - bits);
    }

    int[] consumed() {
      return Arrays.copyOf(consumed, position);
    }
  }
}
