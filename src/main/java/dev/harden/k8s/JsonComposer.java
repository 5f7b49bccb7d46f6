package dev.harden.k8s;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.harden.io.InputException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds {@link YamlNode} trees from JSON with Jackson's streaming parser, one document per
 * top-level value, as {@code kubectl} reads a JSON stream. JSON is read as JSON, not as YAML:
 * the YAML parser rejects tabs that JSON allows between tokens.
 */
final class JsonComposer {

  private final SourceText source;
  private final LoadLimits limits;

  private static final class Frame {
    final boolean object;
    final int start;
    final List<YamlNode> children = new ArrayList<>();
    final List<Integer> childEnds = new ArrayList<>();

    Frame(boolean object, int start) {
      this.object = object;
      this.start = start;
    }
  }

  JsonComposer(SourceText source, LoadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  List<YamlDocument> compose() throws InputException {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 1).build())
            .build();
    List<YamlDocument> documents = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    String text = source.text();
    try (JsonParser parser = factory.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int at = (int) parser.currentTokenLocation().getCharOffset();
        YamlNode done = null;
        int doneEnd = 0;
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() >= limits.maxDepth()) {
              throw new InputException(
                  source.name(),
                  source.line(at),
                  "nesting is deeper than " + limits.maxDepth() + " levels");
            }
            stack.push(new Frame(token == JsonToken.START_OBJECT, at));
          }
          case END_OBJECT, END_ARRAY -> {
            Frame f = stack.pop();
            done = build(f, at + 1);
            doneEnd = at + 1;
          }
          case FIELD_NAME -> {
            int end = stringEnd(text, at);
            stack.peek().children.add(
                new YamlScalar(parser.currentName(), YamlScalar.Style.DOUBLE_QUOTED, null, at, end));
            stack.peek().childEnds.add(end);
          }
          case VALUE_STRING -> {
            doneEnd = stringEnd(text, at);
            done = new YamlScalar(parser.getText(), YamlScalar.Style.DOUBLE_QUOTED, null, at, doneEnd);
          }
          default -> {
            doneEnd = literalEnd(text, at);
            done = new YamlScalar(text.substring(at, doneEnd), YamlScalar.Style.PLAIN, null, at, doneEnd);
          }
        }
        if (done == null) {
          continue;
        }
        if (stack.isEmpty()) {
          documents.add(new YamlDocument(documents.size(), done));
        } else {
          stack.peek().children.add(done);
          stack.peek().childEnds.add(doneEnd);
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source.name(), Math.max(line, 0), "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source.name(), "cannot read JSON: " + e.getMessage());
    }
    return documents;
  }

  private static YamlNode build(Frame f, int end) {
    if (!f.object) {
      int[] ends = f.childEnds.stream().mapToInt(Integer::intValue).toArray();
      return new YamlSeq(f.children, ends, true, f.start, end);
    }
    List<YamlMap.Entry> entries = new ArrayList<>();
    for (int i = 0; i + 1 < f.children.size(); i += 2) {
      entries.add(new YamlMap.Entry(f.children.get(i), f.children.get(i + 1), f.childEnds.get(i + 1)));
    }
    return new YamlMap(entries, List.of(), true, f.start, end);
  }

  /** End (exclusive) of the JSON string starting with the quote at {@code start}. */
  private static int stringEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  /** End of a number or {@code true}/{@code false}/{@code null} starting at {@code start}. */
  private static int literalEnd(String text, int start) {
    int i = start;
    while (i < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
