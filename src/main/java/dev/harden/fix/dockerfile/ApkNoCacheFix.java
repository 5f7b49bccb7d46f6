package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/** HD020: {@code apk add} gets {@code --no-cache}, so the package index is not kept in a layer. */
final class ApkNoCacheFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD020";
  }

  @Override
  List<String> programs() {
    return List.of("apk");
  }

  @Override
  FlagSpec spec() {
    return ToolFlags.APK;
  }

  @Override
  Set<String> subcommands() {
    return Set.of("add");
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    return call.command().hasFlag(ToolFlags.APK, "--no-cache");
  }

  @Override
  String flag() {
    return "--no-cache";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add --no-cache to apk add";
  }

  @Override
  String reason() {
    return "apk fetches the index for this call and keeps nothing; the packages installed are"
        + " the same";
  }
}
