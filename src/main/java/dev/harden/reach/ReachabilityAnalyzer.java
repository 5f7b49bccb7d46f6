package dev.harden.reach;

import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.FileOwnership;
import dev.harden.catalog.Pkg;
import dev.harden.image.ImageConfig;
import dev.harden.image.LayerInfo;
import dev.harden.image.source.ImageContents;
import dev.harden.io.InputException;
import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.elf.RuntimeLoads;
import dev.harden.reach.entry.EntryResolver;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.layers.BaseAttribution;
import dev.harden.reach.layers.BaseResolver;
import dev.harden.reach.layers.BaseSource;
import dev.harden.reach.layers.RuntimePackages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reachability and layer attribution for one image, over the tree the pipeline read once (with
 * {@link ReachContent#SELECTOR} among the selectors) and its catalogue:
 *
 * <pre>{@code
 * ReachResult r = new ReachabilityAnalyzer(new BaseResolver(imageOptions), ReachOptions.DEFAULTS)
 *     .analyze(contents, catalog, BaseSource.of(baseFlag, dockerfileFlag));
 * r.of(pkg).map(PackageReach::verdict)
 * }</pre>
 */
public final class ReachabilityAnalyzer {

  private final BaseResolver baseResolver;
  private final ReachOptions options;
  private final RuntimeLoads runtimeLoads = RuntimeLoads.builtin();
  private final RuntimePackages runtimes = RuntimePackages.builtin();

  public ReachabilityAnalyzer(BaseResolver baseResolver, ReachOptions options) {
    this.baseResolver = baseResolver;
    this.options = options;
  }

  /**
   * @throws InputException when {@code --base} or {@code --dockerfile} cannot be read
   */
  public ReachResult analyze(ImageContents contents, CatalogResult catalog, BaseSource base)
      throws InputException {
    BaseAttribution attribution = baseResolver.resolve(contents.image(), base);
    ReachGraph graph = new ReachGraph();
    ImageConfig.Container config = contents.image().map(i -> i.config().config())
        .orElse(null);
    if (config == null) {
      graph.uncertain(new Uncertainty(Uncertainty.Scope.ALL,
          "a root filesystem directory has no image config, so its command is not known"));
    } else {
      ImageView view = new ImageView(contents.files(), config.env(), config.workingDir(),
          options.maxTextBytes());
      try {
        new EntryResolver(view, graph, new NativeClosure(view, graph, runtimeLoads))
            .resolve(config);
      } catch (RuntimeException e) {
        // a bug, not bad input: the scan goes on, and nothing is called unreachable
        graph.uncertain(new Uncertainty(Uncertainty.Scope.ALL,
            "reachability analysis failed: " + e));
      }
    }
    FileOwnership ownership = FileOwnership.index(catalog, contents.files());
    Map<Pkg, Verdict> verdicts = Verdicts.decide(catalog, ownership, graph);
    Map<String, PackageReach> packages = new HashMap<>();
    List<LayerInfo> layers = contents.layers();
    for (Pkg p : catalog.packages()) {
      LayerRef layer = null;
      if (p.layer() >= 0 && p.layer() < layers.size()) {
        LayerInfo l = layers.get(p.layer());
        layer = new LayerRef(l.index(), l.diffId() == null ? null : l.diffId().toString(),
            l.createdBy());
      }
      packages.put(p.id(), new PackageReach(layer, attribution.originOf(p.layer()),
          runtimes.isRuntime(p), verdicts.get(p)));
    }
    int reached = (int) graph.nodes().stream()
        .filter(n -> n.certainty() == Certainty.DEFINITE).count();
    return new ReachResult(attribution, graph.commands(), packages,
        graph.uncertainties().stream().map(Uncertainty::reason).toList(), graph.notes(),
        reached);
  }
}
