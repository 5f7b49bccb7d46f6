package dev.harden.cli;

import dev.harden.image.ImageOptions;
import dev.harden.image.Platform;
import dev.harden.image.ProgressListener;
import java.io.PrintStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How an image is read: platform, plus how registries are reached ({@link RegistryAccessOptions}). */
final class ImageOptionsMixin {

  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH[/VARIANT]",
      description = "Platform to pick from a multi-platform image (default: linux/amd64).")
  String platform;

  @Mixin RegistryAccessOptions registry;

  ImageOptions options() {
    ImageOptions options = ImageOptions.defaults();
    if (platform != null) {
      options = options.withPlatform(Platform.parse(platform));
    }
    options = registry.apply(options);
    if (Terminal.interactiveStderr()) {
      options = options.withProgress(new ProgressLine(System.err));
    }
    return options;
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
