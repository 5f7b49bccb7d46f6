package dev.harden.fix.dockerfile;

import java.util.List;

/**
 * The one list of Dockerfile fixes. The order is the priority when two fixes edit the same text:
 * structural rewrites first, then the base image, then the user and package manager of the final
 * stage, then hygiene, and the digest pin last, so it pins the image the other fixes chose.
 */
public final class DockerfileFixes {

  private DockerfileFixes() {}

  public static List<DockerfileFix> all() {
    return List.of(
        new MultiStageFix(),
        new SlimmerBaseFix(),
        new RemovePackageManagerFix(),
        new NonRootUserFix(),
        new NumericUserFix(),
        new UpdateWithInstallFix(),
        new AptToAptGetFix(),
        new CopyForAddFix(),
        new CopyDestinationSlashFix(),
        new ExecFormFix(),
        new MaintainerFix(),
        new AptGetYesFix(),
        new NoInstallRecommendsFix(),
        new AptListsCleanupFix(),
        new ApkNoCacheFix(),
        new PipNoCacheDirFix(),
        RpmYesFix.yum(),
        RpmCleanFix.yum(),
        RpmYesFix.dnf(),
        RpmCleanFix.dnf(),
        RpmCleanFix.microdnf(),
        new ZypperYesFix(),
        new ZypperCleanFix(),
        new YarnCacheCleanFix(),
        new UseraddNoLogInitFix(),
        new WgetProgressFix(),
        new PipefailFix(),
        new EnvSplitFix(),
        new PinDigestFix());
  }
}
