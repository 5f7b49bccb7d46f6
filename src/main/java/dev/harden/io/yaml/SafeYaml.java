package dev.harden.io.yaml;

import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads YAML that a user or an attacker wrote into node trees with positions, within limits:
 * bounded size, bounded aliases (no "billion laughs"), bounded nesting, duplicate keys rejected,
 * strict UTF-8. Every failure is an {@link InputException} naming the file and line.
 */
public final class SafeYaml {

  /** Limits for one load. */
  public record Limits(long maxBytes, int maxAliases, int maxDepth) {
    public static final Limits DEFAULT = new Limits(64L << 20, 100, 200);
  }

  private final Limits limits;

  public SafeYaml(Limits limits) {
    this.limits = limits;
  }

  public SafeYaml() {
    this(Limits.DEFAULT);
  }

  /** All documents of a file. */
  public List<Node> loadAll(Path file) throws InputException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new InputException(file.toString(), "file is " + size + " bytes, over the limit of "
            + limits.maxBytes() + " for YAML input");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    return loadAll(file.toString(), bytes);
  }

  /** All documents of a stream (stdin), read up to the size limit. */
  public List<Node> loadAll(String name, InputStream in) throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw new InputException(name, "input is over the limit of " + limits.maxBytes()
            + " bytes for YAML input");
      }
      return loadAll(name, bytes);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  /** All documents of some bytes, which must be UTF-8. */
  public List<Node> loadAll(String name, byte[] bytes) throws InputException {
    String text = decode(name, bytes);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(limits.maxAliases())
            .setAllowRecursiveKeys(false)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .setUseMarks(true)
            .build();
    List<Node> docs = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text)) {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)));
      while (composer.hasNext()) {
        Node node = composer.next();
        checkDepth(name, node, 0);
        docs.add(node);
      }
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      throw new InputException(name, line, "invalid YAML: " + firstLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new InputException(name, "invalid YAML: " + firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new InputException(name, "YAML nesting is too deep");
    }
    return docs;
  }

  /**
   * Depth limit and duplicate keys. The composer itself accepts a repeated key (only the
   * constructor would refuse it), so keys are checked here.
   */
  private void checkDepth(String name, Node node, int depth) throws InputException {
    if (depth > limits.maxDepth()) {
      throw new InputException(name, YamlNodes.line(node),
          "YAML nesting deeper than " + limits.maxDepth() + " levels");
    }
    if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode map) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (org.snakeyaml.engine.v2.nodes.NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode key
            && !keys.add(key.getValue())) {
          throw new InputException(name, YamlNodes.line(t.getKeyNode()),
              "duplicate key '" + key.getValue() + "'");
        }
      }
    }
    for (Node child : YamlNodes.children(node)) {
      checkDepth(name, child, depth + 1);
    }
  }

  private static String decode(String name, byte[] bytes) throws InputException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int bad = firstInvalidUtf8(bytes);
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(name, line, "not valid UTF-8 (byte offset " + bad + ")");
    }
  }

  /** Offset of the first byte that does not decode as UTF-8. */
  public static int firstInvalidUtf8(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return Optional.of(nl < 0 ? s : s.substring(0, nl)).get().trim();
  }
}
