package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.KeyValue;
import dev.harden.dockerfile.Label;
import dev.harden.dockerfile.Scope;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * LABEL pairs as the label-schema rules (HD075 to HD083) see them. A key or value that uses a
 * variable is unknown: its text is decided at build time (a {@code --build-arg}, an ENV built from
 * one), so no rule judges it.
 */
final class SchemaLabels {

  private SchemaLabels() {}

  /**
   * One {@code key=value} of a LABEL instruction.
   *
   * @param site the instruction (an {@code ONBUILD LABEL} is a trigger)
   * @param pair the pair as written
   * @param key the key, empty when it uses a variable
   * @param value the value, empty when it uses a variable
   */
  record Pair(InstructionSite site, KeyValue pair, Optional<String> key, Optional<String> value) {}

  /** Every LABEL pair of the file, ONBUILD triggers included, in file order. */
  static List<Pair> all(Dockerfile dockerfile) {
    List<Pair> pairs = new ArrayList<>();
    for (InstructionSite site : InstructionSite.all(dockerfile)) {
      pairs.addAll(pairs(site));
    }
    return pairs;
  }

  /** The LABEL pairs a stage sets on its own image: ONBUILD triggers label other images. */
  static List<Pair> setBy(Stage stage) {
    List<Pair> pairs = new ArrayList<>();
    for (InstructionSite site : InstructionSite.of(stage)) {
      if (!site.isTrigger()) {
        pairs.addAll(pairs(site));
      }
    }
    return pairs;
  }

  private static List<Pair> pairs(InstructionSite site) {
    List<Pair> pairs = new ArrayList<>();
    if (site.effective() instanceof Label label) {
      Optional<Scope> scope = site.scope();
      for (KeyValue kv : label.pairs()) {
        pairs.add(new Pair(site, kv, literal(kv.key(), scope), literal(kv.value(), scope)));
      }
    }
    return pairs;
  }

  /** The word's text when it uses no variable. */
  private static Optional<String> literal(Word word, Optional<Scope> scope) {
    if (scope.isEmpty()) {
      return word.raw().contains("$") ? Optional.empty() : Optional.of(word.value());
    }
    Expansion e = scope.get().expand(word);
    return e.isComplete() && e.value().equals(word.value())
        ? Optional.of(e.value())
        : Optional.empty();
  }

  /**
   * Reports every known, non-empty value of a label the schema gives {@code type} that {@code
   * valid} refuses. Empty values are HD077's.
   *
   * @param expected what the value should be, after "is not": {@code "a URL"}
   */
  static void checkValues(
      DockerfileContext ctx,
      FindingSink out,
      LabelSchema.Type type,
      Predicate<String> valid,
      String expected) {
    LabelSchema schema = ctx.settings().labelSchema();
    if (schema.isEmpty() || !schema.labels().containsValue(type)) {
      return;
    }
    for (Pair p : all(ctx.dockerfile())) {
      if (p.key().isEmpty() || p.value().isEmpty() || p.value().get().isBlank()
          || schema.type(p.key().get()).filter(type::equals).isEmpty()) {
        continue;
      }
      String value = p.value().get();
      if (!valid.test(value)) {
        out.report(ctx.at(p.site().written(), p.pair().value().span()),
            "label " + p.key().get() + " is not " + expected + ": '" + shorten(value)
                + "' (labelSchema: " + type.label() + ")");
      }
    }
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }
}
