package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileType;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * World-writable files and directories, except sticky world-writable directories such as
 * {@code /tmp} and what lies below them. Symlinks (always 0777) and device files do not count. A
 * world-writable directory is reported once, with the number of world-writable entries below it,
 * and at most {@value #MAX_FINDINGS} findings are made (a {@code chmod -R 777} would otherwise
 * flood the report): the last one counts the rest.
 */
public final class Img008WorldWritable implements ImageRule {

  static final int MAX_FINDINGS = 20;

  public static final RuleMeta META =
      RuleMeta.of("IMG008", RuleKind.IMAGE, "Make no file or directory world-writable")
          .severity(Severity.WARNING)
          .rationale(
              "Any process in the container, whatever its user, can change a world-writable file"
                  + " or replace what a world-writable directory holds: code and configuration"
                  + " the application trusts become writable by an attacker.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    List<FileEntry> entries = ImageTree.of(image).worldWritable();
    List<FileEntry> reported = new ArrayList<>();
    List<Integer> below = new ArrayList<>();
    Map<String, Integer> reportedDirs = new HashMap<>();
    for (FileEntry e : entries) {
      Integer owner = null;
      for (String p = ImageTree.parent(e.path()); p != null && owner == null;
          p = ImageTree.parent(p)) {
        owner = reportedDirs.get(p);
      }
      if (owner != null) {
        below.set(owner, below.get(owner) + 1);
      } else {
        if (e.type() == FileType.DIRECTORY) {
          reportedDirs.put(e.path(), reported.size());
        }
        reported.add(e);
        below.add(0);
      }
    }
    int shown = Math.min(reported.size(), MAX_FINDINGS);
    for (int i = 0; i < shown; i++) {
      FileEntry e = reported.get(i);
      String what = e.type() == FileType.DIRECTORY ? "directory" : "file";
      String mode = String.format("%04o", e.mode() & 07777);
      String more = below.get(i) == 0 ? "" : " (and " + below.get(i)
          + " world-writable entries below it)";
      String rest = i == shown - 1 && reported.size() > shown
          ? "; " + (reported.size() - shown) + " more world-writable entries not listed" : "";
      out.report(image.at(e), "world-writable " + what + " " + e.path() + " (mode " + mode + ")"
          + more + rest);
    }
  }
}
