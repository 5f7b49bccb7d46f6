package dev.harden.dockerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Exec form detection as BuildKit's {@code parseJSON}: the arguments (left-trimmed) must start with
 * {@code [} and be one valid JSON document that is an array. Anything that is not valid JSON is
 * shell form; a valid array with a non-string element is an error. Jackson (strict by default: no
 * comments, single quotes or trailing commas, like Go's decoder) checks validity; the string tokens
 * are decoded here to keep the source offset of every character.
 */
final class JsonArgs {

  /** One string element: its logical range (quotes included) and decoded value. */
  record Element(int start, int end, String value, int[] valueIndex) {}

  /** A valid JSON array; {@code allStrings} false when some element is not a string. */
  record Parsed(List<Element> elements, boolean allStrings) {}

  private static final JsonFactory JSON = new JsonFactory();

  private JsonArgs() {}

  /** The array, or null when the text is shell form. */
  static Parsed parse(LogicalLine line, int from, int to) {
    int start = line.skipSpace(from, to);
    if (start >= to || line.charAt(start) != '[') {
      return null;
    }
    String json = line.substring(start, to);
    List<Element> elements = new ArrayList<>();
    boolean allStrings = true;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          return null;
        }
        if (t == JsonToken.VALUE_STRING) {
          int at = (int) p.currentTokenLocation().getCharOffset();
          elements.add(decode(line, start + at, p.getText()));
        } else {
          allStrings = false;
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return new Parsed(elements, allStrings);
  }

  /**
   * Decodes the string token opening at {@code open}; {@code valueIndex[i]} is the logical index of
   * character i.
   */
  private static Element decode(LogicalLine line, int open, String expected) {
    StringBuilder value = new StringBuilder();
    List<Integer> index = new ArrayList<>();
    int i = open + 1;
    while (line.charAt(i) != '"') {
      char c = line.charAt(i);
      if (c != '\\') {
        value.append(c);
        index.add(i++);
        continue;
      }
      char e = line.charAt(i + 1);
      int width = 2;
      char decoded;
      switch (e) {
        case 'b':
          decoded = '\b';
          break;
        case 'f':
          decoded = '\f';
          break;
        case 'n':
          decoded = '\n';
          break;
        case 'r':
          decoded = '\r';
          break;
        case 't':
          decoded = '\t';
          break;
        case 'u':
          decoded = (char) Integer.parseInt(line.substring(i + 2, i + 6), 16);
          width = 6;
          break;
        default:
          decoded = e;
      }
      value.append(decoded);
      index.add(i);
      i += width;
    }
    int[] valueIndex = index.stream().mapToInt(Integer::intValue).toArray();
    String decoded = value.toString();
    return new Element(open, i + 1, decoded.equals(expected) ? decoded : expected, valueIndex);
  }
}
