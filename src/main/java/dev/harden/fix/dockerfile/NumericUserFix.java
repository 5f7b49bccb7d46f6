package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.User;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.lint.dockerfile.BaseImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HD007: the final {@code USER} given as a name becomes its numeric UID, which Kubernetes'
 * {@code runAsNonRoot} can check: the UID the Dockerfile's own {@code useradd -u}/{@code adduser
 * -u} gave that name, or a UID every image agrees on ({@code nobody} 65534, {@code nonroot} 65532,
 * {@code node} 1000 in the node images). The group part is kept as written. A name whose UID is
 * not known is reported.
 */
final class NumericUserFix implements DockerfileFix {

  private static final Map<String, String> WELL_KNOWN = Map.of("nobody", "65534",
      "nonroot", "65532");

  @Override
  public String ruleId() {
    return "HD007";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    FinalImage image = new FinalImage(context);
    Optional<User> last = image.lastUser();
    Optional<String> who = image.finalUser();
    if (last.isEmpty() || who.isEmpty() || image.windows() || FinalImage.isRoot(who.get())) {
      return;
    }
    String value = who.get();
    int colon = value.indexOf(':');
    String name = colon < 0 ? value : value.substring(0, colon);
    if (name.matches("\\d+")) {
      return;
    }
    User user = last.get();
    String raw = context.dockerfile().text(user.user().span());
    String description = "use the numeric UID of " + name + " in USER";
    Optional<String> uid = uid(image, name);
    if (uid.isEmpty()) {
      out.cannot(context.cannot(ruleId(), user, description, "the UID of " + name + " is not"
          + " known: create the user with a fixed UID (-u 10001) and write USER 10001"));
      return;
    }
    if (raw.contains("$") || !raw.startsWith(name)) {
      out.cannot(context.cannot(ruleId(), user, description,
          "the USER is written with a variable; use UID " + uid.get() + " by hand"));
      return;
    }
    out.add(context.fix(ruleId(), FixSafety.SAFE, user, "USER " + name + " becomes UID "
        + uid.get(), "the same user, written so that runAsNonRoot can check it",
        List.of(new TextEdit(user.user().span().startOffset(),
            user.user().span().startOffset() + name.length(), uid.get()))));
  }

  private static Optional<String> uid(FinalImage image, String name) {
    Optional<String[]> created = CreatedUsers.find(image.commands(), name);
    if (created.isPresent()) {
      return Optional.ofNullable(created.get()[1]);
    }
    if (WELL_KNOWN.containsKey(name)) {
      return Optional.of(WELL_KNOWN.get(name));
    }
    Optional<String> repo = image.base().map(BaseImage::key);
    if (name.equals("node") && repo.filter("node"::equals).isPresent()) {
      return Optional.of("1000");
    }
    return Optional.empty();
  }
}
