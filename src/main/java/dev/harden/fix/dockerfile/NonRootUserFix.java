package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.User;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.PackageManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HD005 (hardening change 4): the final image runs as a non-root user. The user, in order of
 * preference: one the Dockerfile already creates ({@code useradd}/{@code adduser}); else one
 * created the distro's way with a fixed UID ({@code groupadd}/{@code useradd} on Debian, Ubuntu
 * and RHEL-family images with dnf or yum, {@code addgroup -S}/{@code adduser -S} on Alpine); else,
 * where no tool to create users can be counted on (distroless, scratch, busybox, minimal images,
 * a base harden does not know), the UID 65532 alone, which needs no entry in {@code /etc/passwd}
 * (it is distroless' {@code nonroot}). The {@code USER} goes after the final stage's last {@code
 * RUN}, which still runs as root; a {@code USER root} after that is changed in place; the
 * application's files get {@code COPY --chown} so it can write where it was installed. Suggested:
 * an application may need root (a port below 1024, files it writes elsewhere), and entrypoints
 * that drop privileges themselves ({@code gosu}, {@code su-exec}) need to start as root.
 */
final class NonRootUserFix implements DockerfileFix {

  static final int UID = 10001;
  static final String NAME = "app";
  static final int NONROOT_UID = 65532;

  private static final List<String> SYSTEM_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32",
      "/lib64", "/libx32", "/usr", "/etc", "/boot", "/dev", "/proc", "/sys", "/root", "/run",
      "/var/lib/dpkg", "/var/lib/apt", "/var/lib/rpm");
  private static final List<String> PRIVILEGE_DROPPERS = List.of("gosu", "su-exec", "setpriv",
      "chpst", "s6-setuidgid", "runuser");

  /** The user to switch to, how to create it (empty: nothing to create), and its numeric ids. */
  private record Target(String user, List<String> create, Optional<String> chown,
      String description) {}

  @Override
  public String ruleId() {
    return "HD005";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    FinalImage image = new FinalImage(context);
    Optional<String> now = image.finalUser();
    if (now.isEmpty() || !FinalImage.isRoot(now.get())) {
      return;
    }
    Stage stage = image.stage();
    Optional<User> lastUser = image.lastUser();
    Instruction at = lastUser.filter(stage::contains).map(u -> (Instruction) u)
        .orElse(stage.from());
    String description = "run the final image as a non-root user";
    if (image.windows()) {
      out.cannot(context.cannot(ruleId(), at, description, "a Windows image: use USER"
          + " ContainerUser by hand"));
      return;
    }
    Optional<String> dropper = privilegeDropper(image);
    if (dropper.isPresent()) {
      out.cannot(context.cannot(ruleId(), at, description, "the image uses " + dropper.get()
          + ", so its entrypoint starts as root and drops privileges itself; a USER would"
          + " break that"));
      return;
    }
    Instruction anchor = image.lastRun().orElse(stage.from());
    Optional<String> atAnchor = anchor == stage.from()
        ? (stage.instructions().isEmpty() ? now : image.userBefore(stage.instructions().get(0)))
        : image.userBefore(anchor);
    Target target = target(context, image, atAnchor);

    List<TextEdit> edits = new ArrayList<>();
    List<String> lines = new ArrayList<>(target.create());
    Optional<User> trailingRoot = lastUser.filter(stage::contains)
        .filter(u -> u.span().startOffset() > anchor.span().startOffset());
    if (trailingRoot.isPresent()) {
      edits.add(new TextEdit(trailingRoot.get().user().span().startOffset(),
          trailingRoot.get().user().span().endOffset(), target.user()));
    } else {
      lines.add(context.keyword("USER") + " " + target.user());
    }
    if (!lines.isEmpty()) {
      edits.add(DockerfileEdits.insertAfter(context, anchor, lines));
    }
    target.chown().ifPresent(ids -> edits.addAll(chowns(context, stage, ids)));
    out.add(context.fix(ruleId(), FixSafety.SUGGESTED, at, target.description(),
        "the application then runs without root: it cannot bind ports below 1024 and can write"
            + " only to its own files (COPY --chown), its home and /tmp; check it needs nothing"
            + " else as root",
        edits));
  }

  /**
   * A privilege-dropping tool the image installs or runs ({@code apt-get install gosu}, {@code
   * gosu nobody true}): words of every command, since wrappers like gosu are peeled off commands.
   */
  private static Optional<String> privilegeDropper(FinalImage image) {
    for (SimpleCommand c : image.commands()) {
      for (var w : c.wrappers()) {
        String name = w.value().substring(w.value().lastIndexOf('/') + 1);
        if (PRIVILEGE_DROPPERS.contains(name)) {
          return Optional.of(name);
        }
      }
      for (var w : c.words()) {
        String name = w.value().substring(w.value().lastIndexOf('/') + 1);
        if (PRIVILEGE_DROPPERS.contains(name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static Target target(FixContext context, FinalImage image, Optional<String> atAnchor) {
    if (atAnchor.isPresent() && !FinalImage.isRoot(atAnchor.get())) {
      return new Target(atAnchor.get(), List.of(), Optional.empty(),
          "run as " + atAnchor.get() + ", the user the last RUN already runs as");
    }
    Optional<String[]> existing = CreatedUsers.last(image.commands());
    if (existing.isPresent()) {
      String user = existing.get()[1] != null ? existing.get()[1] : existing.get()[0];
      return new Target(user, List.of(), Optional.empty(),
          "run as " + existing.get()[0] + ", the user the Dockerfile creates");
    }
    Family family = image.family().orElse(null);
    PackageManager pm = image.packageManagers().stream().findFirst().orElse(PackageManager.NONE);
    String ids = UID + ":" + UID;
    if (family == Family.DEBIAN || family == Family.UBUNTU
        || (family == Family.RHEL || family == Family.AMAZONLINUX || family == Family.SUSE)
            && pm != PackageManager.NONE && pm != PackageManager.MICRODNF) {
      return new Target(ids, DockerfileEdits.run(context, List.of(
          "groupadd --system --gid " + UID + " " + NAME,
          "useradd --system --no-log-init --uid " + UID + " --gid " + NAME
              + " --create-home --home-dir /home/" + NAME + " --shell /usr/sbin/nologin "
              + NAME)), Optional.of(ids),
          "create user " + NAME + " (UID " + UID + ") with groupadd/useradd and run as it");
    }
    if (family == Family.ALPINE || family == Family.WOLFI) {
      return new Target(ids, DockerfileEdits.run(context, List.of(
          "addgroup -S -g " + UID + " " + NAME,
          "adduser -S -u " + UID + " -G " + NAME + " -h /home/" + NAME + " -s /sbin/nologin "
              + NAME)), Optional.of(ids),
          "create user " + NAME + " (UID " + UID + ") with addgroup/adduser and run as it");
    }
    String nonroot = NONROOT_UID + ":" + NONROOT_UID;
    String why = family == null ? "the base image is not one harden knows"
        : "a " + family.label() + " image has no tool to create users";
    return new Target(nonroot, List.of(), Optional.of(nonroot),
        "run as UID " + NONROOT_UID + " (" + why + "; a numeric USER needs no /etc/passwd"
            + " entry)");
  }

  /** {@code --chown} for the final stage's COPY/ADD of application files. */
  private static List<TextEdit> chowns(FixContext context, Stage stage, String ids) {
    List<TextEdit> edits = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      dev.harden.dockerfile.Word destination;
      if (i instanceof dev.harden.dockerfile.Copy c) {
        destination = c.destination();
      } else if (i instanceof dev.harden.dockerfile.Add a) {
        destination = a.destination();
      } else {
        continue;
      }
      if (i.flag("chown").isPresent() || destination.value().contains("$")
          || systemPath(destination.value())) {
        continue;
      }
      edits.add(TextEdit.insert(i.syntax().keywordSpan().endOffset(), " --chown=" + ids));
    }
    return edits;
  }

  static boolean systemPath(String destination) {
    if (!destination.startsWith("/")) {
      return false;
    }
    String path = destination.replaceAll("/+$", "");
    if (path.isEmpty()) {
      return true;
    }
    for (String dir : SYSTEM_DIRS) {
      if (path.equals(dir) || path.startsWith(dir + "/")) {
        return true;
      }
    }
    return false;
  }
}
