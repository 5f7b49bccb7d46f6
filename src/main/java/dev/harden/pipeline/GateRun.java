package dev.harden.pipeline;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.match.PackageMatch;
import dev.harden.policy.Allowlist;
import dev.harden.policy.AllowlistLoader;
import dev.harden.policy.Gate;
import dev.harden.policy.Policy;
import dev.harden.policy.PolicyLoader;
import dev.harden.policy.Subject;
import dev.harden.policy.Subjects;
import dev.harden.policy.VexLoader;
import dev.harden.policy.VexStatement;
import dev.harden.reach.PackageReach;
import dev.harden.reach.layers.Origin;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.LayerSource;
import dev.harden.report.LintReport;
import dev.harden.report.ScanReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code harden ci} and {@code harden scan}: lint the Dockerfile and manifests, scan the image,
 * then let the gate decide every finding and vulnerability. Policy, allowlist and VEX files are
 * read first, so a file that cannot be used stops the run (exit 2) before any work: the gate never
 * passes because a file could not be read.
 */
public final class GateRun {

  private final GateSettings settings;
  private final ImagePipeline images;

  public GateRun(GateSettings settings, ImagePipeline images) {
    this.settings = settings;
    this.images = images;
  }

  /** What one run gates; at least one of the three must be given. */
  public record Inputs(
      Optional<Path> dockerfile, List<String> manifests, Optional<String> image,
      Optional<String> target) {
    public Inputs {
      manifests = List.copyOf(manifests);
    }
  }

  public GateReport run(String command, Inputs in, InputStream stdin) throws InputException {
    Policy policy = settings.policy().isPresent() ? PolicyLoader.load(settings.policy().get())
        : PolicyLoader.builtin();
    Allowlist allow = settings.allowlist().isPresent()
        ? AllowlistLoader.load(settings.allowlist().get()) : Allowlist.NONE;
    List<VexStatement> vex = new VexLoader().load(settings.vex());

    List<LintInput> lintInputs = new ArrayList<>();
    if (in.dockerfile().isPresent()) {
      Path f = in.dockerfile().get();
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new InputException(f.toString(), java.nio.file.Files.exists(f)
            ? "not a regular file" : "no such file");
      }
      lintInputs.add(new LintInput(LintInput.Kind.DOCKERFILE, f));
    }
    for (LintInput i : LintTargets.expand(in.manifests(), true)) {
      if (i.kind() == LintInput.Kind.MANIFESTS) {
        lintInputs.add(i);
      }
    }
    if (!in.manifests().isEmpty() && lintInputs.stream()
        .noneMatch(i -> i.kind() == LintInput.Kind.MANIFESTS)) {
      throw new InputException(String.join(" ", in.manifests()), "no manifest found");
    }
    LintReport lint = lintInputs.isEmpty() ? new LintReport(List.of(), List.of())
        : new LintRun(settings.config(), in.target()).run(lintInputs, stdin);
    Optional<ScanReport> scan = Optional.empty();
    if (in.image().isPresent()) {
      ReachSettings reach = settings.reach();
      if (reach.dockerfile().isEmpty() && in.dockerfile().isPresent()) {
        reach = new ReachSettings(reach.enabled(), reach.base(), in.dockerfile(),
            reach.options());
      }
      scan = Optional.of(new ScanRun(images, settings.db(), settings.config().lint(), reach)
          .scan(in.image().get()));
    }

    Map<Integer, LayerSource> layerSources = Map.of();
    if (in.dockerfile().isPresent() && scan.isPresent()) {
      Dockerfile df = DockerfileParser.parse(in.dockerfile().get());
      layerSources = DockerfileLayers.map(df, df.finalStage(in.target()),
          scan.get().image().layers());
    }

    String imageName = scan.map(s -> s.image().subject()).orElse(null);
    Gate gate = new Gate(policy, allow, vex, settings.today(),
        scan.flatMap(s -> s.image().digest()).orElse(null));
    List<Gated<Finding>> findings = new ArrayList<>();
    List<Finding> all = new ArrayList<>(lint.findings());
    scan.ifPresent(s -> all.addAll(s.findings()));
    for (Finding f : all) {
      var subject = Subjects.of(f, imageName);
      findings.add(new Gated<>(f, subject, gate.decide(subject)));
    }
    List<Gated<PackageMatch>> vulns = new ArrayList<>();
    if (scan.isPresent()) {
      for (PackageMatch pm : scan.get().vulnerabilities()) {
        Optional<PackageReach> reach = scan.get().reach().flatMap(r -> r.of(pm.pkg()));
        var subject = Subjects.of(pm, imageName, origin(reach), reachability(reach));
        vulns.add(new Gated<>(pm, subject, gate.decide(subject)));
      }
    }
    Map<String, RuleMeta> rules = new LinkedHashMap<>();
    lint.rules().forEach(r -> rules.put(r.id(), r));
    findings.forEach(g -> rules.putIfAbsent(g.item().rule().id(), g.item().rule()));
    List<String> inputs = new ArrayList<>();
    in.dockerfile().ifPresent(f -> inputs.add(f.toString()));
    inputs.addAll(in.manifests());
    in.image().ifPresent(inputs::add);
    return new GateReport(command, inputs, scan, findings, vulns,
        new ArrayList<>(rules.values()), lint.extras(), policy.source(),
        gate.allowlistOutcome(), settings.vex().stream().map(Path::toString).toList(),
        layerSources);
  }

  /**
   * Which part of the image brought the package, as the policy sees it: a language runtime
   * wherever it came from, else the base image or the application's build; unknown when the
   * analysis was off or the source has no layers.
   */
  static Subject.Origin origin(Optional<PackageReach> reach) {
    if (reach.isEmpty()) {
      return Subject.Origin.UNKNOWN;
    }
    if (reach.get().runtime()) {
      return Subject.Origin.RUNTIME;
    }
    Origin o = reach.get().origin();
    return o == null ? Subject.Origin.UNKNOWN
        : o == Origin.BASE ? Subject.Origin.BASE : Subject.Origin.APP;
  }

  /** Whether the image's command can load the package; unknown when the analysis was off. */
  static Subject.Reachability reachability(Optional<PackageReach> reach) {
    if (reach.isEmpty() || reach.get().verdict() == null) {
      return Subject.Reachability.UNKNOWN;
    }
    return switch (reach.get().verdict().status()) {
      case REACHABLE -> Subject.Reachability.REACHABLE;
      case UNREACHABLE -> Subject.Reachability.UNREACHABLE;
      case UNKNOWN -> Subject.Reachability.UNKNOWN;
    };
  }
}
