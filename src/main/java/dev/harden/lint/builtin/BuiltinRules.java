package dev.harden.lint.builtin;

import dev.harden.lint.LintSettings;
import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.k8s.rules.KubernetesRules;

import dev.harden.lint.dockerfile.DockerfileRule;
import dev.harden.lint.image.ImageRule;
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
        new Hd074ConsecutiveRun()));
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  /** Every Kubernetes rule, in id order. */
  public static List<Rule<Workload>> kubernetes() {
    return KubernetesRules.all();
  }

  /** Every image check, in id order. */
  public static List<ImageRule> image(LintSettings settings) {
    List<ImageRule> rules = new ArrayList<>(List.of());
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
