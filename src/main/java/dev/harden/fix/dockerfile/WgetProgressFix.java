package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/**
 * HD062: {@code wget} gets {@code --progress=dot:giga}, one dot per megabyte instead of a bar
 * redrawn into the build log for every kilobyte. Quiet calls are left alone.
 */
final class WgetProgressFix extends AddFlagFix {

  private static final FlagSpec WGET = FlagSpec.withValues("-O", "--output-document", "-o",
      "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-t", "--tries",
      "-T", "--timeout", "-U", "--user-agent", "--header", "-e", "--execute", "-i",
      "--input-file", "--user", "--password", "--post-data", "--post-file", "--method",
      "--body-data", "--ca-certificate", "--ca-directory", "--certificate", "--private-key");

  @Override
  public String ruleId() {
    return "HD062";
  }

  @Override
  List<String> programs() {
    return List.of("wget");
  }

  @Override
  FlagSpec spec() {
    return WGET;
  }

  @Override
  Set<String> subcommands() {
    return Set.of();
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    return call.command().hasFlag(WGET, "--progress", "-q", "--quiet", "--no-verbose")
        || call.command().args().stream()
            .anyMatch(a -> a.equals("-nv") || a.startsWith("--progress="));
  }

  @Override
  String flag() {
    return "--progress=dot:giga";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add --progress=dot:giga to wget";
  }

  @Override
  String reason() {
    return "only the progress display in the build log changes";
  }
}
