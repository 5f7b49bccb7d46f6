package dev.harden.dockerfile;

import dev.harden.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a Dockerfile into a {@link Dockerfile}: what BuildKit accepts parses, with exact
 * positions; what BuildKit rejects (and what is not a Dockerfile at all) is an {@link
 * InputException} naming the file and the line. Nothing is executed.
 */
public final class DockerfileParser {

  private DockerfileParser() {}

  /** Reads and parses a file; errors name it as {@code file.toString()}. */
  public static Dockerfile parse(Path file) throws InputException {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      SourceDecoder.Decoded decoded = SourceDecoder.decode(name, in);
      return parse(name, decoded.text(), decoded.bom());
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses Dockerfile bytes; {@code source} names them in errors and in the result. */
  public static Dockerfile parse(String source, byte[] bytes) throws InputException {
    SourceDecoder.Decoded decoded = SourceDecoder.decode(source, new ByteArrayInputStream(bytes));
    return parse(source, decoded.text(), decoded.bom());
  }

  /** Parses Dockerfile text (for snippets and tests). */
  public static Dockerfile parse(String source, String text) throws InputException {
    return parse(source, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Dockerfile parse(String source, String text, boolean bom) throws InputException {
    LineIndex lines = new LineIndex(text);
    LineScanner.Result scanned = new LineScanner(source, text, lines).scan();
    if (scanned.instructions().isEmpty()) {
      throw new InputException(
          source, Math.max(1, lines.lineCount() - 1), "file with no instructions");
    }
    InstructionParser parser = new InstructionParser(source, text, lines, scanned.escape());
    StageBuilder stages = new StageBuilder(source, scanned.escape());
    List<Instruction> instructions = new ArrayList<>();
    for (LineScanner.Scanned s : scanned.instructions()) {
      Instruction insn = parser.parse(s, stages.dialect());
      stages.accept(insn);
      instructions.add(insn);
    }
    if (stages.stages().isEmpty()) {
      Instruction last = instructions.get(instructions.size() - 1);
      throw new InputException(
          source, last.line(), "dockerfile contains no stages to build (no FROM)");
    }
    return new Dockerfile(
        source,
        text,
        bom,
        scanned.escape(),
        scanned.directives(),
        scanned.comments(),
        scanned.warnings(),
        instructions,
        stages.globalArgs(),
        stages.globalScope(),
        stages.stages(),
        stages.graph(),
        lines);
  }
}
