package dev.harden.dockerfile.shell;

import java.util.Set;

/**
 * Which options of a tool take a value, so that {@code apt-get -o Foo=1 install x} reads {@code
 * Foo=1} as the value of {@code -o} and not as a positional argument. Knowing this per tool is the
 * rules' business; the shell parser only applies it.
 */
public final class FlagSpec {

  /** No option takes a separate value (short clusters with non-alphanumerics are still split). */
  public static final FlagSpec NONE = new FlagSpec(Set.of());

  private final Set<String> withValue;

  private FlagSpec(Set<String> withValue) {
    this.withValue = withValue;
  }

  /** Options (as written, {@code "-o"}, {@code "--option"}) that take a value. */
  public static FlagSpec withValues(String... options) {
    return new FlagSpec(Set.of(options));
  }

  public boolean takesValue(String option) {
    return withValue.contains(option);
  }

  /** True when nothing is known about the tool's options. */
  boolean isUnknown() {
    return withValue.isEmpty();
  }
}
