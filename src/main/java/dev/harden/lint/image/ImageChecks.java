package dev.harden.lint.image;

import dev.harden.image.fs.ContentSelector;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import dev.harden.lint.Suppressions;
import java.util.List;

/** Runs image checks over one image. */
public final class ImageChecks {

  /** Users and groups, to resolve the configured user and name file owners. */
  public static final ContentSelector ACCOUNT_FILES =
      ContentSelector.globs("/etc/passwd", "/etc/group");

  /** Files whose names suggest private keys. */
  public static final ContentSelector KEY_FILES = ContentSelector.globs("**/*.pem", "**/*.key",
      "**/id_rsa", "**/id_dsa", "**/id_ecdsa", "**/id_ed25519");

  /** Files whose names suggest environment files ({@code KEY=value} lines). */
  public static final ContentSelector ENV_FILES =
      ContentSelector.globs("**/.env", "**/*.env", "**/.env.*");

  /**
   * The file contents image checks read; the image reader keeps these. Small files only: users
   * and groups, and files whose names suggest keys or environment secrets.
   */
  public static final ContentSelector CONTENT = ACCOUNT_FILES.or(KEY_FILES).or(ENV_FILES);

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
