package dev.harden.lint.image.rules;

import dev.harden.image.ImageConfig;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import dev.harden.lint.image.rules.Accounts.UserSpec;
import java.util.Optional;

/** Hardening change ④: the image's configured user, resolved against its /etc/passwd, is not root. */
public final class Img001RootUser implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG001", RuleKind.IMAGE, "Run the image as a non-root user")
          .severity(Severity.ERROR)
          .rationale(
              "A container process that runs as root is root on the host if it escapes, and can"
                  + " rewrite everything in the image; an application needs no root at run time.")
          .aliases("CIS-DI-0001", "DS-0002", "DS002")
          .hardening(4)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    Optional<ImageConfig.Container> config = image.config();
    if (config.isEmpty()) {
      return; // a root filesystem directory has no run configuration
    }
    UserSpec spec = UserSpec.parse(config.get().user());
    if (!spec.set()) {
      out.report(image.image(), "the image runs as root: its config sets no user");
    } else if (spec.numericUser()) {
      if (isZero(spec.user())) {
        out.report(image.image(), "the image runs as root: user " + quoted(config.get().user()));
      }
    } else if (spec.user().equals("root")) {
      out.report(image.image(), "the image runs as root: user " + quoted(config.get().user()));
    } else {
      Accounts accounts = Accounts.of(image);
      accounts.uid(spec.user()).filter(uid -> uid == 0).ifPresent(uid ->
          out.report(image.image(), "the image runs as root: user " + spec.user()
              + " has uid 0 in /etc/passwd"));
    }
  }

  private static boolean isZero(String digits) {
    return digits.chars().allMatch(c -> c == '0');
  }

  private static String quoted(String user) {
    return "\"" + user.trim() + "\"";
  }
}
