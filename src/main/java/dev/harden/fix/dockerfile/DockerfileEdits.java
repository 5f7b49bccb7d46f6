package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Comment;
import dev.harden.dockerfile.Instruction;
import dev.harden.fix.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Text edits that add or change whole instructions the way the file is written: its line ending,
 * its escape character, comments above an instruction kept with it.
 */
final class DockerfileEdits {

  private DockerfileEdits() {}

  /** New lines right after an instruction (after its heredoc bodies, if any). */
  static TextEdit insertAfter(FixContext ctx, Instruction insn, List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(ctx.newline()).append(line);
    }
    return TextEdit.insert(insn.fullSpan().endOffset(), text.toString());
  }

  /** New lines before an instruction, above the comment lines that belong to it. */
  static TextEdit insertBefore(FixContext ctx, Instruction insn, List<String> lines) {
    int at = insn.span().startOffset();
    List<Comment> above = ctx.dockerfile().commentsAbove(insn);
    if (!above.isEmpty()) {
      at = above.get(0).span().startOffset();
    }
    at = lineStart(ctx.text(), at);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(ctx.newline());
    }
    return TextEdit.insert(at, text.toString());
  }

  /** Replaces an instruction (heredoc bodies included) with other lines. */
  static TextEdit replace(FixContext ctx, Instruction insn, List<String> lines) {
    return new TextEdit(insn.fullSpan().startOffset(), insn.fullSpan().endOffset(),
        String.join(ctx.newline(), lines));
  }

  /** Removes an instruction and its line ending (comments above it stay). */
  static TextEdit delete(FixContext ctx, Instruction insn) {
    String text = ctx.text();
    int start = lineStart(text, insn.span().startOffset());
    int end = insn.fullSpan().endOffset();
    if (text.startsWith("\r\n", end)) {
      end += 2;
    } else if (end < text.length() && text.charAt(end) == '\n') {
      end += 1;
    }
    return new TextEdit(start, end, "");
  }

  /**
   * A {@code RUN} of several commands joined by {@code &&}, one per line after the first, with
   * the file's escape character: {@code RUN a \}, {@code     && b}.
   */
  static List<String> run(FixContext ctx, List<String> commands) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      String prefix = i == 0 ? ctx.keyword("RUN") + " " : "    && ";
      String suffix = i < commands.size() - 1 ? " " + ctx.escape() : "";
      lines.add(prefix + commands.get(i) + suffix);
    }
    return lines;
  }

  static int lineStart(String text, int offset) {
    int at = offset;
    while (at > 0 && text.charAt(at - 1) != '\n') {
      at--;
    }
    return at;
  }
}
