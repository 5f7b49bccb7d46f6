package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.User;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the final image runs as: the last {@code USER} across the final image's stage chain (a USER
 * in an ancestor stage carries over), resolved through ARG/ENV where the file allows; else the
 * base image's default user from the knowledge base.
 *
 * @param instruction the USER that decides, if any
 * @param stage the stage of that USER
 * @param user the user part as resolved (or as written when it could not be)
 * @param resolved whether every variable in it was known
 * @param base what the knowledge base says about the chain's base image, if anything
 */
record ImageUser(
    Optional<User> instruction,
    Optional<Stage> stage,
    String user,
    boolean resolved,
    Optional<BaseImage> base) {

  static ImageUser of(DockerfileContext ctx, BaseImages knowledge) {
    Optional<BaseImage> base = Optional.empty();
    if (ctx.imageChain().get(0).base() instanceof Base.Image image) {
      base = knowledge.lookup(image.reference());
    }
    User last = null;
    Stage lastStage = null;
    for (Stage stage : ctx.imageChain()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof User u) {
          last = u;
          lastStage = stage;
        }
      }
    }
    if (last == null) {
      String user = base.flatMap(BaseImage::defaultUser).orElse("root");
      return new ImageUser(Optional.empty(), Optional.empty(), user, true, base);
    }
    Expansion e = lastStage.scopeAt(last).expand(last.user());
    String value = e.isComplete() ? e.value() : last.user().value();
    int colon = value.indexOf(':');
    String user = colon < 0 ? value : value.substring(0, colon);
    return new ImageUser(Optional.of(last), Optional.of(lastStage), user.trim(), e.isComplete(),
        base);
  }

  /** Root by name or UID 0 (Windows: ContainerAdministrator). Unknown values are not root. */
  boolean isRoot() {
    if (!resolved) {
      return false;
    }
    return user.equals("root") || user.matches("0+") || user.isEmpty()
        || user.equalsIgnoreCase("ContainerAdministrator");
  }

  /** A Windows image: known as one, or its shell is cmd or PowerShell. */
  boolean isWindows(DockerfileContext ctx) {
    if (base.filter(b -> b.family() == BaseImage.Family.WINDOWS).isPresent()) {
      return true;
    }
    String shell = ctx.finalStage().finalScope().shell().get(0).toLowerCase(Locale.ROOT);
    return shell.contains("cmd") || shell.contains("powershell") || shell.contains("pwsh");
  }
}
