package dev.harden.k8s;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A scalar and how it was written. Typed reads follow the Kubernetes decoder (a YAML 1.1 reader):
 * only plain scalars are booleans, numbers or null, and {@code yes}/{@code no}/{@code on}/{@code off}
 * are booleans there.
 */
public final class YamlScalar implements YamlNode {

  /** How the scalar is written. */
  public enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED
  }

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
  private static final Set<String> FALSES =
      Set.of("false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off", "OFF");

  private final String value;
  private final Style style;
  private final String tag;
  private final int start;
  private final int end;

  /**
   * @param tag the explicit tag ({@code !!str}, {@code tag:yaml.org,2002:int}), or null when none
   */
  public YamlScalar(String value, Style style, String tag, int start, int end) {
    this.value = value;
    this.style = style;
    this.tag = tag;
    this.start = start;
    this.end = end;
  }

  public String value() {
    return value;
  }

  public Style style() {
    return style;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public boolean flow() {
    return style != Style.LITERAL && style != Style.FOLDED;
  }

  private boolean untypedPlain() {
    return style == Style.PLAIN && tag == null;
  }

  private boolean tagged(String name) {
    return tag != null && (tag.equals("!!" + name) || tag.equals("tag:yaml.org,2002:" + name));
  }

  /** True for an empty value, {@code ~} or {@code null} written plain. */
  public boolean isNull() {
    return (untypedPlain() && NULLS.contains(value)) || tagged("null");
  }

  /** The boolean this scalar stands for, if it is one. */
  public Optional<Boolean> asBoolean() {
    if (!untypedPlain() && !tagged("bool")) {
      return Optional.empty();
    }
    if (TRUES.contains(value)) {
      return Optional.of(true);
    }
    if (FALSES.contains(value)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The integer this scalar stands for, if it is a plain decimal integer. */
  public OptionalLong asLong() {
    if (!untypedPlain() && !tagged("int")) {
      return OptionalLong.empty();
    }
    String v = value.startsWith("+") ? value.substring(1) : value;
    if (v.isEmpty() || v.length() > 19) {
      return OptionalLong.empty();
    }
    for (int i = v.startsWith("-") ? 1 : 0; i < v.length(); i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return OptionalLong.empty();
      }
    }
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The text as a string value (any style), or empty for null. */
  public Optional<String> asString() {
    return isNull() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
