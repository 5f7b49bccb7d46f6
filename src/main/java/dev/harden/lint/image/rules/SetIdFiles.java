package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.image.ImageSubject;
import java.util.Set;

/**
 * What set-id programs a base system ships: the account tools of shadow and util-linux
 * ({@code su}, {@code passwd}, {@code chfn}, {@code mount}, ...), PAM's password helper, ping,
 * OpenSSH's helpers, D-Bus's and polkit's helpers (not {@code pkexec}), and a few more. Anything else with the bit, or one of these names outside
 * the system directories, is unusual.
 */
final class SetIdFiles {

  private static final Set<String> USUAL = Set.of(
      "su", "passwd", "chfn", "chsh", "gpasswd", "newgrp", "chage", "expiry", "mount", "umount",
      "unix_chkpwd", "unix2_chkpwd", "pam_extrausers_chkpwd", "ping", "ping6", "ssh-keysign",
      "ssh-agent", "crontab", "wall", "write", "bsd-write", "dotlockfile", "newuidmap",
      "newgidmap", "fusermount", "fusermount3", "bbsuid", "utempter",
      "dbus-daemon-launch-helper", "polkit-agent-helper-1");

  private static final String[] SYSTEM_DIRS = {"/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/",
      "/usr/lib/", "/usr/lib64/", "/usr/libexec/", "/lib/", "/lib64/"};

  private SetIdFiles() {}

  static boolean usual(FileEntry e) {
    if (!USUAL.contains(e.name())) {
      return false;
    }
    for (String dir : SYSTEM_DIRS) {
      if (e.path().startsWith(dir)) {
        return true;
      }
    }
    return false;
  }

  /** {@code setuid root}, {@code setgid shadow}, or both, with names from the image's tables. */
  static String bits(ImageSubject image, FileEntry e) {
    Accounts accounts = Accounts.of(image);
    boolean uid = (e.mode() & 04000) != 0;
    boolean gid = (e.mode() & 02000) != 0;
    String u = "setuid " + accounts.userName(e.uid());
    String g = "setgid " + accounts.groupName(e.gid());
    return uid && gid ? u + ", " + g : uid ? u : g;
  }
}
