package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.ShellScript;
import java.util.List;

/** An exec-form command ({@code CMD ["node", "server.js"]}): run directly, without a shell. */
public record ExecForm(List<Word> arguments, SourceSpan span, ShellScript script)
    implements CommandLine {

  public ExecForm {
    arguments = List.copyOf(arguments);
  }

  /** The decoded strings. */
  public List<String> values() {
    return Word.values(arguments);
  }
}
