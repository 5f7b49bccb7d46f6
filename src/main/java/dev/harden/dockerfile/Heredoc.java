package dev.harden.dockerfile;

/**
 * A heredoc attached to {@code RUN}, {@code COPY} or {@code ADD} ({@code <<EOF}, {@code <<-EOF},
 * {@code <<"EOF"}). {@code content} is the body exactly as written, each line with its line ending,
 * before any tab stripping; {@code marker} is the {@code <<EOF} word on the instruction line,
 * {@code body} the lines between it and the terminator (empty span for an empty body), {@code
 * terminator} the closing delimiter line.
 *
 * @param expand false when the delimiter is quoted: the body is taken literally
 * @param chomp true for {@code <<-}: leading tabs are stripped from every line
 * @param fileDescriptor the number before {@code <<} (0 when none was written)
 */
public record Heredoc(
    String name,
    int fileDescriptor,
    boolean expand,
    boolean chomp,
    String content,
    SourceSpan marker,
    SourceSpan body,
    SourceSpan terminator) {

  /** The body as it is used: with leading tabs stripped from each line for {@code <<-}. */
  public String effectiveContent() {
    return chomp ? content.replaceAll("(?m)^\t+", "") : content;
  }
}
