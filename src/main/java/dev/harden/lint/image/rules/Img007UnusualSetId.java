package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.List;

/**
 * Warns about each setuid/setgid file that is not one of the account, mount and ping programs a
 * base system ships ({@code sudo}, {@code pkexec}, anything the application layers add), and
 * about those names outside the system directories.
 */
public final class Img007UnusualSetId implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG007", RuleKind.IMAGE, "Remove unusual setuid and setgid files")
          .severity(Severity.WARNING)
          .rationale(
              "Beyond the base system's account and mount tools, a setuid or setgid program is"
                  + " an unexpected privilege-escalation path (sudo, pkexec, or a file the build"
                  + " marked by mistake).")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    for (FileEntry e : ImageTree.of(image).setId()) {
      if (!SetIdFiles.usual(e)) {
        out.report(image.at(e), "unusual " + SetIdFiles.bits(image, e) + " file " + e.path()
            + Owners.suffix(image, List.of(e.path()))
            + ": remove it or clear the bit (chmod u-s,g-s)");
      }
    }
  }
}
