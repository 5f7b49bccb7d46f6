package dev.harden.k8s;

import java.util.List;

/** A sequence node. */
public final class YamlSeq implements YamlNode {

  private final List<YamlNode> items;
  private final int[] itemEnds;
  private final boolean flow;
  private final int start;
  private final int end;

  /**
   * @param itemEnds where each item's text ends at this place (differs from the item's own end when
   *     the item is an alias)
   */
  public YamlSeq(List<YamlNode> items, int[] itemEnds, boolean flow, int start, int end) {
    if (itemEnds.length != items.size()) {
      throw new IllegalArgumentException("one end per item");
    }
    this.items = List.copyOf(items);
    this.itemEnds = itemEnds.clone();
    this.flow = flow;
    this.start = start;
    this.end = end;
  }

  public List<YamlNode> items() {
    return items;
  }

  /** Where item {@code i}'s text ends in this sequence. */
  public int itemEnd(int i) {
    return itemEnds[i];
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
    return flow;
  }
}
