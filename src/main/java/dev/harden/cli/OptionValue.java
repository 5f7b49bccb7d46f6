package dev.harden.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Where picocli stores one option's or parameter's value, for the command specs built in code
 * ({@link CommandSpecs}). A plain holder rather than a field binding: binding fields would need
 * reflection, and lambdas would need a call-site bootstrap each at start-up.
 *
 * @param <T> the value's type
 */
final class OptionValue<T> implements IGetter, ISetter {

  private T value;

  OptionValue(T initial) {
    this.value = initial;
  }

  /** No value until the option is given. */
  OptionValue() {
    this(null);
  }

  /** The parsed value, or the initial one when the option was not given. */
  T value() {
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R get() {
    return (R) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R set(R newValue) {
    R old = (R) value;
    value = (T) newValue;
    return old;
  }
}
