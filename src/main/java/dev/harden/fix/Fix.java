package dev.harden.fix;

import dev.harden.lint.Location;
import dev.harden.lint.RuleMeta;
import java.util.List;

/**
 * A fix for one finding, as text edits of the file it was found in.
 *
 * @param rule the rule whose finding this fixes
 * @param safety whether {@code harden fix} applies it without {@code --unsafe}
 * @param location the finding's location
 * @param description what the fix changes, one line
 * @param reason why it is safe, or what it may break when it is only suggested
 * @param edits non-overlapping edits, in any order
 */
public record Fix(
    RuleMeta rule,
    FixSafety safety,
    Location location,
    String description,
    String reason,
    List<TextEdit> edits) {

  public Fix {
    edits = TextEdits.normalize(edits);
  }
}
