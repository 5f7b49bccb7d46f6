package dev.harden.reach.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.reach.graph.ResourceTables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Non-constant loads in known packages whose target the application names through an API
 * ({@code dynamic-sites.json} beside this class), e.g. express loading the view engine of
 * {@code app.set('view engine', 'pug')}. Such a site loads nothing unless code outside its
 * package uses the API; when it does, the names are read from the constant arguments, and a
 * non-constant one leaves npm packages unknown.
 */
final class DynamicSites {

  record Site(String pkg, String file, String loads, List<String> activeWhenCalls,
      List<String> activeWhenFirst, String nameAfterFirst, String nameFromExtensionOf) {}

  /** What the application's calls say a site loads. */
  record Verdict(boolean active, Set<String> names, String undecided) {}

  private static final Set<String> KEYS = Set.of("package", "file", "loads", "active-when-calls",
      "active-when-first", "name-after-first", "name-from-extension-of");

  private final List<Site> sites;

  private DynamicSites(List<Site> sites) {
    this.sites = sites;
  }

  static DynamicSites builtin() {
    List<Site> sites = new ArrayList<>();
    for (JsonNode e : ResourceTables.load(DynamicSites.class, "dynamic-sites.json", KEYS)) {
      sites.add(new Site(ResourceTables.text(e, "package"), ResourceTables.text(e, "file"),
          ResourceTables.text(e, "loads"), ResourceTables.texts(e, "active-when-calls"),
          ResourceTables.texts(e, "active-when-first"), ResourceTables.text(e, "name-after-first"),
          ResourceTables.text(e, "name-from-extension-of")));
    }
    return new DynamicSites(List.copyOf(sites));
  }

  /** Words a file must contain to activate or name a site (method names, first arguments). */
  List<String> triggers() {
    List<String> words = new ArrayList<>();
    for (Site s : sites) {
      words.addAll(s.activeWhenCalls());
      words.addAll(s.activeWhenFirst());
    }
    return words;
  }

  /** The site at this file of this package directory name ({@code express}), if listed. */
  Optional<Site> at(String packageName, String fileInPackage) {
    for (Site s : sites) {
      if (s.pkg().equals(packageName) && s.file().equals(fileInPackage)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Decides a site from the calls of the reached files outside its package. */
  static Verdict decide(Site site, List<ModuleScan.Call> outsideCalls) {
    boolean active = false;
    Set<String> names = new LinkedHashSet<>();
    String undecided = null;
    for (ModuleScan.Call c : outsideCalls) {
      boolean byName = site.activeWhenCalls().contains(c.name());
      boolean byFirst = c.first() != null && site.activeWhenFirst().contains(c.first());
      if (!byName && !byFirst) {
        continue;
      }
      active = true;
      if (site.nameAfterFirst() != null && site.nameAfterFirst().equals(c.first())) {
        if (c.second() != null) {
          names.add(stripDot(c.second()));
        } else {
          undecided = "line " + c.line() + ": ." + c.name() + "('" + c.first()
              + "', ...) with a value that is not a constant";
        }
      } else if (c.name().equals(site.nameFromExtensionOf())) {
        if (c.first() == null) {
          undecided = "line " + c.line() + ": ." + c.name() + "() of a value that is not a constant";
        } else {
          int dot = c.first().lastIndexOf('.');
          int slash = c.first().lastIndexOf('/');
          if (dot > slash && dot < c.first().length() - 1) {
            names.add(c.first().substring(dot + 1));
          }
        }
      }
    }
    return new Verdict(active, names, undecided);
  }

  private static String stripDot(String s) {
    return s.startsWith(".") ? s.substring(1) : s;
  }
}
