package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/** The users a Dockerfile creates with {@code useradd} or {@code adduser}. */
final class CreatedUsers {

  private static final FlagSpec USERADD = FlagSpec.withValues("-u", "--uid", "-g", "--gid", "-G",
      "--groups", "-d", "--home-dir", "-s", "--shell", "-c", "--comment", "-k", "--skel", "-e",
      "--expiredate", "-f", "--inactive", "-K", "--key", "-p", "--password", "-R", "--root",
      "-P", "--prefix", "-Z", "--selinux-user", "-b", "--base-dir");
  /** busybox and Debian adduser. */
  private static final FlagSpec ADDUSER = FlagSpec.withValues("-u", "--uid", "-G", "--ingroup",
      "-g", "--gecos", "-h", "--home", "-s", "--shell", "-k", "--gid", "--firstuid", "--lastuid",
      "--add_extra_groups", "--conf", "-c");

  private CreatedUsers() {}

  /** {name, uid or null} of the last user created, if any. */
  static Optional<String[]> last(List<SimpleCommand> commands) {
    return find(commands, null);
  }

  /** {name, uid or null} of the last user created with this name (any name when null). */
  static Optional<String[]> find(List<SimpleCommand> commands, String wanted) {
    String[] found = null;
    for (SimpleCommand c : commands) {
      FlagSpec spec = c.is("useradd") ? USERADD : c.is("adduser") ? ADDUSER : null;
      if (spec == null) {
        continue;
      }
      List<String> names = c.positionalArgs(spec);
      if (names.isEmpty()) {
        continue;
      }
      String name = names.get(c.is("adduser") && names.size() > 1 ? 0 : names.size() - 1);
      if (name.contains("$") || wanted != null && !wanted.equals(name)) {
        continue;
      }
      String uid = c.flagValues("-u", "--uid").stream().filter(u -> u.matches("\\d+"))
          .findFirst().orElse(null);
      found = new String[] {name, uid};
    }
    return Optional.ofNullable(found);
  }
}
