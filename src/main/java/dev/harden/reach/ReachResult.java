package dev.harden.reach;

import dev.harden.catalog.Pkg;
import dev.harden.reach.layers.BaseAttribution;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reachability and layer attribution for one image.
 *
 * @param attribution where the base image ends and how that was decided
 * @param commands the command lines the analysis started from, as resolved
 * @param packages per {@link Pkg#id()}
 * @param unknowns what the analysis could not follow (the reasons unknown verdicts give), in the
 *     order found
 * @param notes facts that decide nothing (a library a program needs is missing from the image)
 * @param filesReached how many files the closure reached (definitely)
 */
public record ReachResult(
    BaseAttribution attribution,
    List<String> commands,
    Map<String, PackageReach> packages,
    List<String> unknowns,
    List<String> notes,
    int filesReached) {

  public ReachResult {
    commands = List.copyOf(commands);
    packages = Map.copyOf(packages);
    unknowns = List.copyOf(unknowns);
    notes = List.copyOf(notes);
  }

  public Optional<PackageReach> of(Pkg p) {
    return Optional.ofNullable(packages.get(p.id()));
  }
}
