package dev.harden.lint.builtin;

import dev.harden.lint.LintSettings;
import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.k8s.rules.KubernetesRules;

import dev.harden.lint.dockerfile.DockerfileRule;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.dockerfile.rules.Hd001PinBaseDigest;
import dev.harden.lint.dockerfile.rules.Hd002LeanBaseVariant;
import dev.harden.lint.dockerfile.rules.Hd003NoToolchainInFinalImage;
import dev.harden.lint.dockerfile.rules.Hd004MultiStageBuild;
import dev.harden.lint.dockerfile.rules.Hd005NonRootUser;
import dev.harden.lint.dockerfile.rules.Hd006NoPackageManager;
import dev.harden.lint.dockerfile.rules.Hd007NumericUser;
import dev.harden.lint.dockerfile.rules.Hd010ImageTag;
import dev.harden.lint.dockerfile.rules.Hd011ImageLatest;
import dev.harden.lint.dockerfile.rules.Hd012TrustedRegistry;
import dev.harden.lint.dockerfile.rules.Hd013PinAptVersions;
import dev.harden.lint.dockerfile.rules.Hd014AptNoInstallRecommends;
import dev.harden.lint.dockerfile.rules.Hd015AptListsRemoved;
import dev.harden.lint.dockerfile.rules.Hd016AptAssumeYes;
import dev.harden.lint.dockerfile.rules.Hd017AptGetNotApt;
import dev.harden.lint.dockerfile.rules.Hd018AptDistUpgrade;
import dev.harden.lint.dockerfile.rules.Hd019PinApkVersions;
import dev.harden.lint.dockerfile.rules.Hd020ApkNoCache;
import dev.harden.lint.dockerfile.rules.Hd021PinPipVersions;
import dev.harden.lint.dockerfile.rules.Hd022PipNoCacheDir;
import dev.harden.lint.dockerfile.rules.Hd023PinNpmVersions;
import dev.harden.lint.dockerfile.rules.Hd024PinGemVersions;
import dev.harden.lint.dockerfile.rules.Hd025PinGoInstallVersions;
import dev.harden.lint.dockerfile.rules.Hd026YumAssumeYes;
import dev.harden.lint.dockerfile.rules.Hd027YumCleanAll;
import dev.harden.lint.dockerfile.rules.Hd028PinYumVersions;
import dev.harden.lint.dockerfile.rules.Hd029DnfAssumeYes;
import dev.harden.lint.dockerfile.rules.Hd030DnfCleanAll;
import dev.harden.lint.dockerfile.rules.Hd031PinDnfVersions;
import dev.harden.lint.dockerfile.rules.Hd032MicrodnfCleanAll;
import dev.harden.lint.dockerfile.rules.Hd033ZypperNonInteractive;
import dev.harden.lint.dockerfile.rules.Hd034ZypperDistUpgrade;
import dev.harden.lint.dockerfile.rules.Hd035ZypperClean;
import dev.harden.lint.dockerfile.rules.Hd036PinZypperVersions;
import dev.harden.lint.dockerfile.rules.Hd037UpdateAlone;
import dev.harden.lint.dockerfile.rules.Hd038YarnCacheClean;
import dev.harden.lint.dockerfile.rules.Hd040AddInsteadOfCopy;
import dev.harden.lint.dockerfile.rules.Hd041AddUrlChecksum;
import dev.harden.lint.dockerfile.rules.Hd042PipeDownloadToShell;
import dev.harden.lint.dockerfile.rules.Hd043Sudo;
import dev.harden.lint.dockerfile.rules.Hd044RelativeWorkdir;
import dev.harden.lint.dockerfile.rules.Hd045CdInRun;
import dev.harden.lint.dockerfile.rules.Hd046ExecFormCommand;
import dev.harden.lint.dockerfile.rules.Hd047MultipleCmd;
import dev.harden.lint.dockerfile.rules.Hd048MultipleEntrypoint;
import dev.harden.lint.dockerfile.rules.Hd049MultipleHealthcheck;
import dev.harden.lint.dockerfile.rules.Hd050InvalidExpose;
import dev.harden.lint.dockerfile.rules.Hd051ExposeSsh;
import dev.harden.lint.dockerfile.rules.Hd052CopyFromUnknownStage;
import dev.harden.lint.dockerfile.rules.Hd053CopyFromOwnStage;
import dev.harden.lint.dockerfile.rules.Hd054DuplicateStageName;
import dev.harden.lint.dockerfile.rules.Hd055Pipefail;
import dev.harden.lint.dockerfile.rules.Hd056Maintainer;
import dev.harden.lint.dockerfile.rules.Hd057Secrets;
import dev.harden.lint.dockerfile.rules.Hd058WorldWritable;
import dev.harden.lint.dockerfile.rules.Hd059UseraddHighUid;
import dev.harden.lint.dockerfile.rules.Hd060CopyDestinationSlash;
import dev.harden.lint.dockerfile.rules.Hd061WgetAndCurl;
import dev.harden.lint.dockerfile.rules.Hd062WgetProgress;
import dev.harden.lint.dockerfile.rules.Hd063PointlessCommands;
import dev.harden.lint.dockerfile.rules.Hd065EnvSelfReference;
import dev.harden.lint.dockerfile.rules.Hd066RelativeCopyWithoutWorkdir;
import dev.harden.lint.dockerfile.rules.Hd067FromPlatform;
import dev.harden.lint.dockerfile.rules.Hd068ShellViaLink;
import dev.harden.lint.dockerfile.rules.Hd069ReservedStageName;
import dev.harden.lint.dockerfile.rules.Hd070CopyWholeFilesystem;
import dev.harden.lint.dockerfile.rules.Hd071SystemWorkdir;
import dev.harden.lint.dockerfile.rules.Hd072Healthcheck;
import dev.harden.lint.dockerfile.rules.Hd073LabelKey;
import dev.harden.lint.dockerfile.rules.Hd074ConsecutiveRun;
import dev.harden.lint.dockerfile.rules.Hd075SchemaLabelMissing;
import dev.harden.lint.dockerfile.rules.Hd076LabelNotInSchema;
import dev.harden.lint.dockerfile.rules.Hd077SchemaLabelEmpty;
import dev.harden.lint.dockerfile.rules.Hd078LabelUrl;
import dev.harden.lint.dockerfile.rules.Hd079LabelRfc3339;
import dev.harden.lint.dockerfile.rules.Hd080LabelSpdx;
import dev.harden.lint.dockerfile.rules.Hd081LabelGitHash;
import dev.harden.lint.dockerfile.rules.Hd082LabelSemver;
import dev.harden.lint.dockerfile.rules.Hd083LabelEmail;
import dev.harden.lint.image.rules.Img001RootUser;
import dev.harden.lint.image.rules.Img002UnknownUser;
import dev.harden.lint.image.rules.Img003PackageManager;
import dev.harden.lint.image.rules.Img004Shell;
import dev.harden.lint.image.rules.Img005Compiler;
import dev.harden.lint.image.rules.Img006SetIdInventory;
import dev.harden.lint.image.rules.Img007UnusualSetId;
import dev.harden.lint.image.rules.Img008WorldWritable;
import dev.harden.lint.image.rules.Img009PrivateKey;
import dev.harden.lint.image.rules.Img010EnvFileSecrets;
import dev.harden.lint.image.rules.Img011BaseImageNotRecorded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one list of built-in rules. Rule objects are created per run with the typed settings they
 * need; nothing registers itself.
 */
public final class BuiltinRules {

  private BuiltinRules() {}

  /** Every Dockerfile rule, in id order. */
  public static List<DockerfileRule> dockerfile(LintSettings settings) {
    List<DockerfileRule> rules = new ArrayList<>(List.of(
        new Hd001PinBaseDigest(),
        new Hd002LeanBaseVariant(),
        new Hd003NoToolchainInFinalImage(),
        new Hd004MultiStageBuild(),
        new Hd005NonRootUser(),
        new Hd006NoPackageManager(),
        new Hd007NumericUser(),
        new Hd010ImageTag(),
        new Hd011ImageLatest(),
        new Hd012TrustedRegistry(),
        new Hd013PinAptVersions(),
        new Hd014AptNoInstallRecommends(),
        new Hd015AptListsRemoved(),
        new Hd016AptAssumeYes(),
        new Hd017AptGetNotApt(),
        new Hd018AptDistUpgrade(),
        new Hd019PinApkVersions(),
        new Hd020ApkNoCache(),
        new Hd021PinPipVersions(),
        new Hd022PipNoCacheDir(),
        new Hd023PinNpmVersions(),
        new Hd024PinGemVersions(),
        new Hd025PinGoInstallVersions(),
        new Hd026YumAssumeYes(),
        new Hd027YumCleanAll(),
        new Hd028PinYumVersions(),
        new Hd029DnfAssumeYes(),
        new Hd030DnfCleanAll(),
        new Hd031PinDnfVersions(),
        new Hd032MicrodnfCleanAll(),
        new Hd033ZypperNonInteractive(),
        new Hd034ZypperDistUpgrade(),
        new Hd035ZypperClean(),
        new Hd036PinZypperVersions(),
        new Hd037UpdateAlone(),
        new Hd038YarnCacheClean(),
        new Hd040AddInsteadOfCopy(),
        new Hd041AddUrlChecksum(),
        new Hd042PipeDownloadToShell(),
        new Hd043Sudo(),
        new Hd044RelativeWorkdir(),
        new Hd045CdInRun(),
        new Hd046ExecFormCommand(),
        new Hd047MultipleCmd(),
        new Hd048MultipleEntrypoint(),
        new Hd049MultipleHealthcheck(),
        new Hd050InvalidExpose(),
        new Hd051ExposeSsh(),
        new Hd052CopyFromUnknownStage(),
        new Hd053CopyFromOwnStage(),
        new Hd054DuplicateStageName(),
        new Hd055Pipefail(),
        new Hd056Maintainer(),
        new Hd057Secrets(),
        new Hd058WorldWritable(),
        new Hd059UseraddHighUid(),
        new Hd060CopyDestinationSlash(),
        new Hd061WgetAndCurl(),
        new Hd062WgetProgress(),
        new Hd063PointlessCommands(),
        new Hd065EnvSelfReference(),
        new Hd066RelativeCopyWithoutWorkdir(),
        new Hd067FromPlatform(),
        new Hd068ShellViaLink(),
        new Hd069ReservedStageName(),
        new Hd070CopyWholeFilesystem(),
        new Hd071SystemWorkdir(),
        new Hd072Healthcheck(),
        new Hd073LabelKey(),
        new Hd074ConsecutiveRun(),
        new Hd075SchemaLabelMissing(),
        new Hd076LabelNotInSchema(),
        new Hd077SchemaLabelEmpty(),
        new Hd078LabelUrl(),
        new Hd079LabelRfc3339(),
        new Hd080LabelSpdx(),
        new Hd081LabelGitHash(),
        new Hd082LabelSemver(),
        new Hd083LabelEmail()));
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  /** Every Kubernetes rule, in id order. */
  public static List<Rule<Workload>> kubernetes() {
    return KubernetesRules.all();
  }

  /** Every image check, in id order. */
  public static List<ImageRule> image(LintSettings settings) {
    List<ImageRule> rules = new ArrayList<>(List.of(
        new Img001RootUser(),
        new Img002UnknownUser(),
        new Img003PackageManager(),
        new Img004Shell(),
        new Img005Compiler(),
        new Img006SetIdInventory(),
        new Img007UnusualSetId(),
        new Img008WorldWritable(),
        new Img009PrivateKey(),
        new Img010EnvFileSecrets(),
        new Img011BaseImageNotRecorded()));
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  /** Metadata of every built-in rule of every kind, sorted by id. */
  public static List<RuleMeta> all() {
    List<RuleMeta> metas = new ArrayList<>();
    dockerfile(LintSettings.DEFAULTS).forEach(r -> metas.add(r.meta()));
    kubernetes().forEach(r -> metas.add(r.meta()));
    image(LintSettings.DEFAULTS).forEach(r -> metas.add(r.meta()));
    metas.sort(Comparator.comparing(RuleMeta::id));
    return metas;
  }
}
