package dev.harden.policy;

import dev.harden.io.InputException;
import dev.harden.io.yaml.YamlNodes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed values of the policy and allowlist files, each error naming the file and the line of the
 * value: what {@link YamlNodes} does not cover (lists of mappings, booleans, numbers, dates, words
 * from a closed set).
 */
final class YamlFields {

  private final String file;

  YamlFields(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  InputException error(Node node, String message) {
    return new InputException(file, YamlNodes.line(node), message);
  }

  String string(Node node, String what) throws InputException {
    if (!(node instanceof ScalarNode s)) {
      throw error(node, what + " must be a single value, not a " + shape(node));
    }
    return s.getValue();
  }

  /** A list of single values; one value alone counts as a list of one. */
  List<String> strings(Node node, String what) throws InputException {
    if (!(node instanceof ScalarNode) && !(node instanceof SequenceNode)) {
      throw error(node, what + " must be a value or a list of values, not a " + shape(node));
    }
    return YamlNodes.strings(file, node, what);
  }

  List<Node> items(Node node, String what) throws InputException {
    if (!(node instanceof SequenceNode seq)) {
      throw error(node, what + " must be a list, not a " + shape(node));
    }
    return seq.getValue();
  }

  boolean bool(Node node, String what) throws InputException {
    String v = string(node, what).trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(node, what + " must be true or false, not '" + v + "'");
    };
  }

  double number(Node node, String what, double min, double max) throws InputException {
    String v = string(node, what).trim();
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw error(node, what + " must be a number, not '" + v + "'");
    }
    if (Double.isNaN(d) || d < min || d > max) {
      throw error(node, what + " must be between " + min + " and " + max + ", not " + v);
    }
    return d;
  }

  /** A calendar date written {@code YYYY-MM-DD}. */
  LocalDate date(Node node, String what) throws InputException {
    String v = string(node, what).trim();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw error(node, what + " must be a date written YYYY-MM-DD, not '" + v + "'");
    }
  }

  /** Each value parsed by {@code parse}, whose IllegalArgumentException becomes the error. */
  <T> List<T> words(Node node, String what, Function<String, T> parse) throws InputException {
    List<T> out = new ArrayList<>();
    List<Node> nodes = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
    for (Node n : nodes) {
      String v = string(n, "an item of " + what);
      try {
        out.add(parse.apply(v.trim()));
      } catch (IllegalArgumentException e) {
        throw error(n, what + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** A word from a closed set, with the set in the error. */
  static String oneOf(String value, Set<String> allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new IllegalArgumentException("unknown value '" + value + "' (expected one of "
          + String.join(", ", new TreeSet<>(allowed)) + ")");
    }
    return v;
  }

  private static String shape(Node node) {
    return node instanceof SequenceNode ? "list" : node instanceof ScalarNode ? "single value"
        : "mapping";
  }
}
