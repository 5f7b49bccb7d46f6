package dev.harden.cli;

import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.Platform;
import dev.harden.image.ProgressListener;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** How an image is read: platform, plus how registries are reached ({@link RegistryAccessOptions}). */
final class ImageOptionsMixin {

  private CommandSpec mixee;
  private final OptionValue<String> platform = new OptionValue<>();
  private final RegistryAccessOptions registry = new RegistryAccessOptions();
  private final OptionValue<List<String>> limits = new OptionValue<>();

  /** Adds the options to {@code spec}, whose command line names usage errors. */
  ImageOptionsMixin addTo(CommandSpec spec) {
    mixee = spec;
    spec.addOption(CommandSpecs.option(platform, String.class, "--platform")
        .paramLabel("OS/ARCH[/VARIANT]")
        .description("Platform to pick from a multi-platform image (default: linux/amd64).")
        .build());
    registry.addTo(spec);
    spec.addOption(CommandSpecs.listOption(limits, String.class, false, "--limit")
        .paramLabel("NAME=VALUE")
        .description("Raise (or lower) a bound on hostile image input, e.g. maxLayers=1000 or"
            + " maxUncompressedBytes=64G (K, M, G: KiB, MiB, GiB); repeatable. Names and defaults:"
            + " docs/security.md.")
        .build());
    return this;
  }

  ImageOptions options() {
    ImageOptions options = ImageOptions.defaults();
    List<String> limits = this.limits.value();
    String platform = this.platform.value();
    if (limits != null) {
      ImageLimits l = ImageLimits.DEFAULTS;
      for (String limit : limits) {
        l = limit(l, limit);
      }
      options = options.withLimits(l);
    }
    if (platform != null) {
      options = options.withPlatform(Platform.parse(platform));
    }
    options = registry.apply(options);
    if (Terminal.interactiveStderr()) {
      options = options.withProgress(new ProgressLine(System.err));
    }
    return options;
  }

  private ImageLimits limit(ImageLimits l, String spec) {
    int eq = spec.indexOf('=');
    String value = eq < 0 ? "" : spec.substring(eq + 1).trim();
    long unit = 1;
    int suffix = value.isEmpty() ? -1
        : "KMG".indexOf(Character.toUpperCase(value.charAt(value.length() - 1)));
    if (suffix >= 0) {
      unit = 1L << (10 * (suffix + 1));
      value = value.substring(0, value.length() - 1);
    }
    try {
      if (eq < 0) {
        throw new IllegalArgumentException("expected NAME=VALUE");
      }
      return l.with(spec.substring(0, eq).trim(), Math.multiplyExact(Long.parseLong(value), unit));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
          "invalid --limit '" + spec + "': " + (e instanceof NumberFormatException ? "not a number" : e.getMessage()));
    }
  }

  /** One self-overwriting line on a terminal while layers are read. */
  static final class ProgressLine implements ProgressListener {
    private final PrintStream err;
    private long lastPrint;

    ProgressLine(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void onProgress(Event event) {
      long now = System.nanoTime();
      boolean done = event.stage() == Stage.LAYER_DONE && event.layer() == event.layers() - 1;
      if (!done && now - lastPrint < 100_000_000L) {
        return;
      }
      lastPrint = now;
      err.print("\r\u001b[2Kreading layer " + (event.layer() + 1) + "/" + event.layers() + ": "
          + (event.bytesRead() >> 20) + "/" + (event.bytesTotal() >> 20) + " MiB");
      if (done) {
        err.print("\r\u001b[2K");
      }
      err.flush();
    }
  }
}
