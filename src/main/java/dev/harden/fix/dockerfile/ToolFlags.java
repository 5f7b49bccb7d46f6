package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;

/** Which options of the package tools take a value, so their subcommand is found. */
final class ToolFlags {

  static final FlagSpec APT_GET = FlagSpec.withValues("-o", "--option", "-c", "--config-file",
      "-t", "--target-release", "--default-release", "-a", "--host-architecture");

  static final FlagSpec APK = FlagSpec.withValues("-X", "--repository", "-p", "--root",
      "--arch", "--cache-dir", "--keys-dir", "--repositories-file", "-t", "--virtual",
      "--cache-max-age", "--timeout");

  static final FlagSpec PIP = FlagSpec.withValues("-r", "--requirement", "-c", "--constraint",
      "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t",
      "--target", "--prefix", "--root", "--trusted-host", "--src", "--upgrade-strategy",
      "--progress-bar", "--platform", "--python-version", "--implementation", "--abi",
      "--no-binary", "--only-binary", "--cache-dir", "--log", "--proxy", "--retries",
      "--timeout", "--exists-action", "--cert", "--client-cert", "--python");

  static final FlagSpec RPM_TOOLS = FlagSpec.withValues("-c", "--config", "--installroot",
      "--releasever", "--enablerepo", "--disablerepo", "-x", "--exclude", "--repo",
      "--repoid", "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--forcearch");

  static final FlagSpec ZYPPER = FlagSpec.withValues("-c", "--config", "-R", "--root",
      "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir",
      "--pkg-cache-dir", "-r", "--repo", "-t", "--type");

  static final FlagSpec YARN = FlagSpec.withValues("--cwd", "--cache-folder", "--modules-folder",
      "--network-timeout", "--mutex");

  private ToolFlags() {}
}
