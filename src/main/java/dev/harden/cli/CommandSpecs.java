package dev.harden.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the commands' picocli models in code (picocli's programmatic API) instead of from
 * annotations. Reading {@code @Option} annotations makes the JDK generate a proxy class per
 * annotation type and reflect over every field, on every start: about 70 ms of a 320 ms
 * {@code harden lint}, and JDK 17's class-data archive cannot keep those proxies.
 */
final class CommandSpecs {

  /**
   * Creates what picocli instantiates from a class: the lists that list options fill, and the
   * annotated {@code help} command. picocli's own factory is made only for the latter:
   * initialising its class looks for Groovy on the class path, a search that opens every jar on
   * it (18 ms of a lint), where a run served from the class-data archive otherwise opens one.
   */
  static final IFactory FACTORY = new IFactory() {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == List.class || cls == java.util.Collection.class) {
        return cls.cast(new ArrayList<>());
      }
      return CommandLine.defaultFactory().create(cls);
    }
  };

  private CommandSpecs() {}

  /** A command with {@code -h/--help}, {@code -V/--version} and these description lines. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY);
    spec.name(name);
    spec.usageMessage().description(description);
    spec.versionProvider(new HardenCommand.Version());
    spec.addOption(OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description("Show this help message and exit.")
        .build());
    spec.addOption(OptionSpec.builder("-V", "--version")
        .versionHelp(true)
        .description("Print version information and exit.")
        .build());
    return spec;
  }

  /** An option taking one value of {@code type}, stored in {@code value}. */
  static OptionSpec.Builder option(OptionValue<?> value, Class<?> type, String... names) {
    return OptionSpec.builder(names)
        .type(type)
        .getter(value)
        .setter(value)
        .initialValue(value.value());
  }

  /** A boolean flag (no value), stored in {@code value}. */
  static OptionSpec.Builder flag(OptionValue<Boolean> value, String... names) {
    return option(value, boolean.class, names).arity("0");
  }

  /** A repeatable option whose values (split at commas when {@code split}) form a list. */
  static OptionSpec.Builder listOption(OptionValue<? extends List<?>> value, Class<?> element,
      boolean split, String... names) {
    OptionSpec.Builder b = option(value, List.class, names).auxiliaryTypes(element);
    return split ? b.splitRegex(",") : b;
  }

  /** A single positional parameter at {@code index}. */
  static PositionalParamSpec parameter(OptionValue<String> value, int index, String label,
      String description) {
    return required(value, label, description)
        .index(Integer.toString(index))
        .arity("1")
        .type(String.class)
        .build();
  }

  /** One or more positional parameters, as a list of {@code element}s. */
  static PositionalParamSpec parameters(OptionValue<? extends List<?>> value, Class<?> element,
      String label, String description) {
    return required(value, label, description)
        .index("0..*")
        .arity("1..*")
        .type(List.class)
        .auxiliaryTypes(element)
        .build();
  }

  /** Required: the programmatic API does not infer it from the arity as annotations do. */
  private static PositionalParamSpec.Builder required(OptionValue<?> value, String label,
      String description) {
    return PositionalParamSpec.builder()
        .getter(value)
        .setter(value)
        .initialValue(null)
        .required(true)
        .paramLabel(label)
        .description(description);
  }
}
