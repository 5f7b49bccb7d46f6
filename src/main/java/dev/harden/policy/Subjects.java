package dev.harden.policy;

import dev.harden.catalog.Pkg;
import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@link Subject}s from what lint and the matcher produce. */
public final class Subjects {

  private Subjects() {}

  /**
   * A vulnerability of a package in {@code image}.
   *
   * @param origin which part of the image brought the package ({@code UNKNOWN} when layer
   *     attribution did not run or could not tell)
   * @param reachability whether the image's command can load it ({@code UNKNOWN} likewise)
   */
  public static Subject of(PackageMatch pm, String image, Subject.Origin origin,
      Subject.Reachability reachability) {
    Pkg p = pm.pkg();
    Match m = pm.match();
    return new Subject(Subject.Kind.VULNERABILITY, m.advisoryId(), m.aliases(),
        m.severity().level().name().toLowerCase(Locale.ROOT), m.severity().score(),
        m.fixState(), origin, reachability, p.type().id(), p.name(), p.version(),
        p.purl().canonicalize(), p.locations(), image, null);
  }

  /**
   * A Dockerfile, manifest or image finding.
   *
   * @param image the image an image check looked at, null for Dockerfile and manifest findings
   */
  public static Subject of(Finding f, String image) {
    RuleMeta rule = f.rule();
    Subject.Kind kind = switch (rule.kind()) {
      case DOCKERFILE -> Subject.Kind.DOCKERFILE;
      case KUBERNETES -> Subject.Kind.MANIFEST;
      case IMAGE -> Subject.Kind.IMAGE;
    };
    List<String> paths = new ArrayList<>();
    paths.add(f.location().file());
    String inImage = f.location().details().get("path");
    if (inImage != null) {
      paths.add(inImage);
    }
    return new Subject(kind, rule.id(), rule.aliases(), f.severity().label(), null, null, null,
        null, null, null, null, null, paths, kind == Subject.Kind.IMAGE ? image : null,
        rule.hardening());
  }
}
