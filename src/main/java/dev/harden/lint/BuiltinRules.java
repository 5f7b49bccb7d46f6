package dev.harden.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one list of built-in rules. Rule classes are instantiated per run with the typed settings
 * they need; nothing registers itself.
 */
public final class BuiltinRules {

  private BuiltinRules() {}

  /** Metadata of every built-in rule, sorted by id. */
  public static List<RuleMeta> all() {
    List<RuleMeta> metas = new ArrayList<>();
    metas.sort(Comparator.comparing(RuleMeta::id));
    return metas;
  }
}
