package dev.harden.k8s;

/**
 * One node of a loaded YAML or JSON document, with the char offsets of its text. Nodes are
 * immutable; an alias is the very node its anchor names, so the tree may share subtrees (never
 * cycles: the loader refuses recursive aliases).
 */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {

  /** Char offset where the node's text starts. */
  int start();

  /**
   * Char offset just past the node's own text. For block collections this is the end of their last
   * child, so comments and blank lines after them are not included.
   */
  int end();

  /** True for flow style ({@code {a: 1}}, {@code [a]}, JSON), false for block style. */
  boolean flow();
}
