package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/**
 * HD059: {@code useradd} with a high UID gets {@code -l}: without it the sparse
 * {@code /var/log/lastlog} and {@code faillog} grow to the UID's offset and fill the layer with
 * gigabytes of zeros. "High" is hadolint's: more than five digits.
 */
final class UseraddNoLogInitFix extends AddFlagFix {

  private static final FlagSpec USERADD = FlagSpec.withValues("-u", "--uid", "-g", "--gid", "-G",
      "--groups", "-d", "--home-dir", "-s", "--shell", "-c", "--comment", "-k", "--skel", "-e",
      "--expiredate", "-f", "--inactive", "-K", "--key", "-p", "--password", "-R", "--root",
      "-P", "--prefix", "-Z", "--selinux-user", "-b", "--base-dir");

  @Override
  public String ruleId() {
    return "HD059";
  }

  @Override
  List<String> programs() {
    return List.of("useradd");
  }

  @Override
  FlagSpec spec() {
    return USERADD;
  }

  @Override
  Set<String> subcommands() {
    return Set.of();
  }

  @Override
  boolean applies(ShellCalls.Call call) {
    return call.command().flagValues("-u", "--uid").stream()
        .anyMatch(uid -> uid.matches("\\d{6,}"));
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    return call.command().hasFlag(USERADD, "-l", "--no-log-init");
  }

  @Override
  String flag() {
    return "-l";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add -l (--no-log-init) to useradd";
  }

  @Override
  String reason() {
    return "the user is created the same; only the lastlog and faillog records, which a"
        + " container never uses, are not written";
  }
}
