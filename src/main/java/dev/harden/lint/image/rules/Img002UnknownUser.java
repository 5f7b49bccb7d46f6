package dev.harden.lint.image.rules;

import dev.harden.image.ImageConfig;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import dev.harden.lint.image.rules.Accounts.Source;
import dev.harden.lint.image.rules.Accounts.UserSpec;
import java.util.Optional;

/**
 * The configured user and group names exist in the image. A runtime resolves a name against the
 * image's own /etc/passwd and /etc/group and refuses to start the container when it is missing;
 * numeric ids need no entry, so they are never reported.
 */
public final class Img002UnknownUser implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG002", RuleKind.IMAGE, "Name only users and groups the image defines")
          .severity(Severity.ERROR)
          .rationale(
              "Container runtimes look a user or group name up in the image's /etc/passwd and"
                  + " /etc/group; when it is not there the container fails to start.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    Optional<ImageConfig.Container> config = image.config();
    if (config.isEmpty()) {
      return;
    }
    UserSpec spec = UserSpec.parse(config.get().user());
    if (!spec.set()) {
      return;
    }
    Accounts accounts = Accounts.of(image);
    if (!spec.numericUser()) {
      missing(accounts.passwd(), accounts.uid(spec.user()).isPresent(), "user", spec.user(),
          "/etc/passwd", image, out);
    }
    if (spec.group() != null && !UserSpec.numeric(spec.group())) {
      missing(accounts.group(), accounts.gid(spec.group()).isPresent(), "group", spec.group(),
          "/etc/group", image, out);
    }
  }

  private static void missing(Source source, boolean found, String what, String name,
      String file, ImageSubject image, FindingSink out) {
    if (source == Source.ABSENT) {
      out.report(image.image(), "the config names " + what + " " + name + " but the image has no "
          + file + ": the container will not start (use a numeric id)");
    } else if (source == Source.READ && !found) {
      out.report(image.image(), what + " " + name + " does not exist in " + file
          + ": the container will not start");
    }
  }
}
