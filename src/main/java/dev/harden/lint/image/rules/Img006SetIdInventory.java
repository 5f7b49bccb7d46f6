package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every setuid/setgid file of the image in one informational finding, so a reviewer sees
 * the whole set; {@link Img007UnusualSetId} warns about the ones a base system does not ship.
 */
public final class Img006SetIdInventory implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG006", RuleKind.IMAGE, "Review the setuid and setgid files")
          .severity(Severity.INFO)
          .rationale(
              "A setuid or setgid program runs with its owner's rights whoever starts it: each"
                  + " one is a way for a non-root process to gain privileges, and a container"
                  + " rarely needs any.")
          .aliases("CIS-DI-0008")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    List<FileEntry> files = ImageTree.of(image).setId();
    if (files.isEmpty()) {
      return;
    }
    List<String> described = new ArrayList<>();
    for (FileEntry e : files) {
      described.add(e.path() + " (" + SetIdFiles.bits(image, e) + ")");
    }
    out.report(image.image(), files.size() + (files.size() == 1 ? " setuid/setgid file: "
        : " setuid/setgid files: ") + String.join(", ", described));
  }
}
