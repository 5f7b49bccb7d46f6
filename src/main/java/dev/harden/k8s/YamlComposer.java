package dev.harden.k8s;

import dev.harden.io.InputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds {@link YamlNode} trees from SnakeYAML Engine's parser events. We compose the tree here
 * rather than with the engine's {@code Composer} because we need what it does not do: an iterative
 * build (deep nesting cannot overflow the stack), a budget on alias expansion, rejection of
 * duplicate keys (the engine's composer accepts them), merge keys as the Kubernetes decoder reads
 * them, and the text end of every value at the place it is used.
 */
final class YamlComposer {

  private final SourceText source;
  private final LoadLimits limits;

  /** A collection being built. */
  private static final class Frame {
    final boolean mapping;
    final boolean flow;
    final int start;
    final String anchor;
    final long expandedAtStart;
    final List<YamlNode> children = new ArrayList<>();
    final List<Integer> childEnds = new ArrayList<>();

    Frame(boolean mapping, boolean flow, int start, String anchor, long expandedAtStart) {
      this.mapping = mapping;
      this.flow = flow;
      this.start = start;
      this.anchor = anchor;
      this.expandedAtStart = expandedAtStart;
    }
  }

  // per-document state
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private final Set<String> openAnchors = new HashSet<>();
  private final Map<YamlNode, Long> expandedSizes = new IdentityHashMap<>();
  private long expanded;
  private YamlNode root;

  YamlComposer(SourceText source, LoadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  List<YamlDocument> compose() throws InputException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source.name())
            .setCodePointLimit(Math.max(limits.maxBytes(), 1) + 1)
            .setUseMarks(true)
            .build();
    List<YamlDocument> documents = new ArrayList<>();
    try {
      Parser parser = new ParserImpl(settings, new StreamReader(settings, source.text()));
      while (parser.hasNext()) {
        Event event = parser.next();
        switch (event.getEventId()) {
          case DocumentStart -> startDocument();
          case DocumentEnd ->
              documents.add(
                  new YamlDocument(
                      documents.size(),
                      root != null
                          ? root
                          : new YamlScalar("", YamlScalar.Style.PLAIN, null, 0, 0)));
          case Scalar -> scalar((ScalarEvent) event);
          case Alias -> alias((AliasEvent) event);
          case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
          case MappingEnd, SequenceEnd -> close(event);
          default -> {
            // stream start/end and comments carry nothing we keep
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      throw new InputException(source.name(), line, "invalid YAML: " + oneLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new InputException(source.name(), "invalid YAML: " + oneLine(e.getMessage()));
    }
    return documents;
  }

  private void startDocument() {
    stack.clear();
    anchors.clear();
    openAnchors.clear();
    expandedSizes.clear();
    expanded = 0;
    root = null;
  }

  private void scalar(ScalarEvent e) throws InputException {
    int start = offset(e.getStartMark());
    int end = offset(e.getEndMark());
    YamlScalar node = new YamlScalar(e.getValue(), style(e), explicitTag(e), start, end);
    count(1, start);
    anchor(e, node, 1);
    add(node, end);
  }

  private static String explicitTag(ScalarEvent e) {
    if (e.getTag().isEmpty() || e.getImplicit().canOmitTagInPlainScalar()) {
      return null;
    }
    return e.getTag().get();
  }

  private static YamlScalar.Style style(ScalarEvent e) {
    if (e.isPlain()) {
      return YamlScalar.Style.PLAIN;
    } else if (e.isSQuoted()) {
      return YamlScalar.Style.SINGLE_QUOTED;
    } else if (e.isDQuoted() || e.isJson()) {
      return YamlScalar.Style.DOUBLE_QUOTED;
    } else if (e.isLiteral()) {
      return YamlScalar.Style.LITERAL;
    }
    return YamlScalar.Style.FOLDED;
  }

  private void alias(AliasEvent e) throws InputException {
    String name = e.getAlias().getValue();
    int at = offset(e.getStartMark());
    if (openAnchors.contains(name)) {
      throw new InputException(
          source.name(), source.line(at), "alias *" + name + " refers to itself (recursive alias)");
    }
    YamlNode target = anchors.get(name);
    if (target == null) {
      throw new InputException(
          source.name(), source.line(at), "alias *" + name + " has no anchor &" + name + " before it");
    }
    count(expandedSizes.getOrDefault(target, 1L), at);
    add(target, offset(e.getEndMark()));
  }

  private void open(CollectionStartEvent e) throws InputException {
    int start = offset(e.getStartMark());
    if (stack.size() >= limits.maxDepth()) {
      throw new InputException(
          source.name(),
          source.line(start),
          "nesting is deeper than " + limits.maxDepth() + " levels");
    }
    count(1, start);
    String anchor = e.getAnchor().map(Anchor::getValue).orElse(null);
    if (anchor != null) {
      openAnchors.add(anchor);
    }
    boolean mapping = e.getEventId() == Event.ID.MappingStart;
    stack.push(new Frame(mapping, e.isFlow(), start, anchor, expanded - 1));
  }

  private void close(Event e) throws InputException {
    Frame f = stack.pop();
    int end;
    int start = f.start;
    if (f.flow) {
      end = offset(e.getEndMark());
    } else if (f.children.isEmpty()) {
      end = start;
    } else {
      // a block collection ends where its last value's text ends, not at the next token
      end = f.childEnds.get(f.childEnds.size() - 1);
    }
    YamlNode node = f.mapping ? buildMap(f, start, end) : buildSeq(f, start, end);
    if (f.anchor != null) {
      openAnchors.remove(f.anchor);
      anchors.put(f.anchor, node);
      expandedSizes.put(node, expanded - f.expandedAtStart);
    }
    add(node, end);
  }

  private YamlSeq buildSeq(Frame f, int start, int end) {
    int[] ends = new int[f.childEnds.size()];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = f.childEnds.get(i);
    }
    return new YamlSeq(f.children, ends, f.flow, start, end);
  }

  private YamlMap buildMap(Frame f, int start, int end) throws InputException {
    List<YamlMap.Entry> entries = new ArrayList<>();
    List<YamlMap> merged = new ArrayList<>();
    Map<String, YamlScalar> seen = new HashMap<>();
    for (int i = 0; i + 1 < f.children.size(); i += 2) {
      YamlNode key = f.children.get(i);
      YamlNode value = f.children.get(i + 1);
      entries.add(new YamlMap.Entry(key, value, f.childEnds.get(i + 1)));
      if (!(key instanceof YamlScalar k)) {
        continue;
      }
      if (k.style() == YamlScalar.Style.PLAIN && YamlMap.MERGE_KEY.equals(k.value())) {
        merged.addAll(mergeSources(k, value));
        continue;
      }
      YamlScalar first = seen.putIfAbsent(k.value(), k);
      if (first != null) {
        throw new InputException(
            source.name(),
            source.line(k.start()),
            "duplicate key '" + k.value() + "' (first at line " + source.line(first.start()) + ")");
      }
    }
    return new YamlMap(entries, merged, f.flow, start, end);
  }

  private List<YamlMap> mergeSources(YamlScalar key, YamlNode value) throws InputException {
    if (value instanceof YamlMap m) {
      return List.of(m);
    }
    List<YamlMap> out = new ArrayList<>();
    if (value instanceof YamlSeq s) {
      for (YamlNode item : s.items()) {
        if (!(item instanceof YamlMap m)) {
          out = null;
          break;
        }
        out.add(m);
      }
      if (out != null) {
        return out;
      }
    }
    throw new InputException(
        source.name(),
        source.line(key.start()),
        "merge key << needs a mapping or a list of mappings");
  }

  private void anchor(NodeEvent e, YamlNode node, long size) {
    Optional<Anchor> a = e.getAnchor();
    if (a.isPresent()) {
      anchors.put(a.get().getValue(), node);
      expandedSizes.put(node, size);
    }
  }

  private void add(YamlNode node, int siteEnd) {
    if (stack.isEmpty()) {
      root = node;
    } else {
      Frame top = stack.peek();
      top.children.add(node);
      top.childEnds.add(siteEnd);
    }
  }

  private void count(long nodes, int at) throws InputException {
    expanded += nodes;
    if (expanded > limits.maxNodes()) {
      throw new InputException(
          source.name(),
          source.line(at),
          "document expands to more than "
              + limits.maxNodes()
              + " nodes (aliases are counted each time they are used: an alias bomb?)");
    }
  }

  private int offset(Optional<Mark> mark) {
    return mark.map(m -> source.offset(m.getLine(), m.getColumn())).orElse(0);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\t", "\\t").lines().findFirst().orElse("").trim();
  }
}
