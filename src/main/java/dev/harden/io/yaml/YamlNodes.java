package dev.harden.io.yaml;

import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reading of YAML node trees for configuration-like files, with errors that name the file,
 * the line and the key.
 */
public final class YamlNodes {

  private YamlNodes() {}

  /** 1-based line of a node, 0 when unknown. */
  public static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  /** 1-based column of a node, 0 when unknown. */
  public static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }

  public static List<Node> children(Node node) {
    List<Node> out = new ArrayList<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        out.add(t.getKeyNode());
        out.add(t.getValueNode());
      }
    } else if (node instanceof SequenceNode s) {
      out.addAll(s.getValue());
    }
    return out;
  }

  /** A mapping's entries by scalar key, in order; rejects keys not in {@code allowed}. */
  public static Map<String, Node> mapping(String file, Node node, String what, Set<String> allowed)
      throws InputException {
    if (!(node instanceof MappingNode m)) {
      throw new InputException(file, line(node), what + " must be a mapping");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalar(file, t.getKeyNode(), "a key of " + what);
      if (!allowed.isEmpty() && !allowed.contains(key)) {
        throw new InputException(file, line(t.getKeyNode()), "unknown key '" + key + "' in "
            + what + " (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  public static String scalar(String file, Node node, String what) throws InputException {
    if (!(node instanceof ScalarNode s)) {
      throw new InputException(file, line(node), what + " must be a single value");
    }
    return s.getValue();
  }

  /** A list of scalars; a single scalar counts as a list of one. */
  public static List<String> strings(String file, Node node, String what) throws InputException {
    List<String> out = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      out.add(s.getValue());
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        out.add(scalar(file, item, "an item of " + what));
      }
    } else {
      throw new InputException(file, line(node), what + " must be a list of values");
    }
    return out;
  }
}
