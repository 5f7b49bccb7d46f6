package dev.harden.k8s;

import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads manifest files (YAML streams, or JSON when the text starts with {@code {} or {@code [}) into
 * documents with exact positions, within {@link LoadLimits}. Every failure is an {@link
 * InputException} naming the file and, where there is one, the line.
 */
public final class ManifestLoader {

  private final LoadLimits limits;

  public ManifestLoader(LoadLimits limits) {
    this.limits = limits;
  }

  public ManifestLoader() {
    this(LoadLimits.DEFAULT);
  }

  /** Loads a file, refusing it before reading when it is over the size limit. */
  public ManifestFile load(Path file) throws InputException {
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new InputException(name, "not a regular file");
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(name);
      }
      return load(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  /** Loads a stream (standard input), reading at most one byte past the size limit. */
  public ManifestFile load(String name, InputStream in) throws InputException {
    try {
      byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
      if (bytes.length > limits.maxBytes()) {
        throw tooLarge(name);
      }
      return load(name, bytes);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  /** Loads bytes, which must be UTF-8. */
  public ManifestFile load(String name, byte[] bytes) throws InputException {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(name);
    }
    return parse(name, decode(name, bytes));
  }

  /** Parses text that is already decoded. */
  public ManifestFile parse(String name, String text) throws InputException {
    if (text.length() > limits.maxBytes()) {
      throw tooLarge(name);
    }
    SourceText source = new SourceText(name, text);
    List<YamlDocument> documents;
    if (looksLikeJson(source.text())) {
      try {
        documents = new JsonComposer(source, limits).compose();
      } catch (InputException jsonError) {
        // flow-style YAML ({kind: Pod}) starts like JSON too; say what JSON saw if YAML fails also
        try {
          documents = new YamlComposer(source, limits).compose();
        } catch (InputException yamlError) {
          throw jsonError;
        }
      }
    } else {
      documents = new YamlComposer(source, limits).compose();
    }
    return new ManifestFile(source, documents);
  }

  /**
   * True when text looks like Kubernetes manifests rather than a Dockerfile: JSON, or YAML with an
   * {@code apiVersion:} or {@code kind:} key at the start of a line. For sorting out standard input.
   */
  public static boolean looksLikeManifest(String text) {
    if (looksLikeJson(text)) {
      return true;
    }
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.startsWith("apiVersion:") || line.startsWith("kind:")) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private InputException tooLarge(String name) {
    return new InputException(
        name, "larger than the " + (limits.maxBytes() >> 20) + " MiB limit for a manifest file");
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
      int bad = SafeYaml.firstInvalidUtf8(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(name, line, "not valid UTF-8 (byte offset " + bad + ")");
    }
  }
}
