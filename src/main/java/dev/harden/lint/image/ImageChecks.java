package dev.harden.lint.image;

import dev.harden.image.fs.ContentSelector;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import dev.harden.lint.Suppressions;
import java.util.List;

/** Runs image checks over one image. */
public final class ImageChecks {

  /**
   * The file contents image checks read; the image reader keeps these. Small files only: users
   * and groups, and files whose names suggest keys or environment secrets.
   */
  public static final ContentSelector CONTENT =
      ContentSelector.globs("/etc/passwd", "/etc/group", "**/*.pem", "**/*.key", "**/id_rsa",
          "**/id_dsa", "**/id_ecdsa", "**/id_ed25519", "**/.env", "**/*.env", "**/.env.*");

  private final Linter<ImageSubject> linter;

  public ImageChecks(List<? extends ImageRule> rules, LintSettings settings) {
    this.linter = new Linter<>(rules, settings);
  }

  public Linter<ImageSubject> linter() {
    return linter;
  }

  public List<Finding> check(ImageSubject image) {
    return linter.lint(image, Suppressions.NONE);
  }
}
