package dev.harden.lint.dockerfile;

import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (the pom's compile-base-images execution): checks base-images.yaml and writes its
 * compiled form ({@link BaseImagesCodec}) beside the classes. A broken knowledge base fails the
 * build with the file and line.
 */
public final class BaseImagesCompiler {

  private BaseImagesCompiler() {}

  /** {@code BaseImagesCompiler <base-images.yaml> <base-images.bin>}. */
  public static void main(String[] args) throws IOException, InputException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BaseImagesCompiler <yaml> <output>");
    }
    Path yaml = Path.of(args[0]);
    BaseImages kb = BaseImages.load(yaml.toString(), Files.readAllBytes(yaml));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, BaseImagesCodec.encode(kb));
  }
}
