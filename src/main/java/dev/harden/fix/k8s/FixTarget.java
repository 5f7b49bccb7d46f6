package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.k8s.Container;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.TextChange;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlPatcher;
import dev.harden.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finding to fix, with what a fix needs: the file and its patcher, the workload and the
 * container the finding is about (absent for pod-level findings), and image facts when known.
 */
public record FixTarget(
    ManifestFile file,
    YamlPatcher patcher,
    Workload workload,
    Optional<Container> container,
    Finding finding,
    Optional<ImageFacts> image) {

  /**
   * A fix of this finding from the patcher's changes (in the order given: inner places before
   * outer ones, so insertions at one offset nest right), or empty when any change is impossible.
   */
  public Optional<Fix> fix(
      FixSafety safety, String description, String reason, List<Optional<TextChange>> changes) {
    List<TextEdit> edits = new ArrayList<>();
    for (Optional<TextChange> change : changes) {
      if (change.isEmpty()) {
        return Optional.empty();
      }
      TextChange c = change.get();
      edits.add(new TextEdit(c.start(), c.end(), c.replacement()));
    }
    return Optional.of(
        new Fix(finding.rule(), safety, finding.location(), description, reason, edits));
  }
}
