package dev.harden.cli;

import dev.harden.config.HardenConfig;
import dev.harden.io.InputException;
import dev.harden.pipeline.LintInput;
import dev.harden.pipeline.LintRun;
import dev.harden.report.LintReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.json.JsonLintReporter;
import dev.harden.report.sarif.SarifLintReporter;
import dev.harden.report.text.TextLintReporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads (without initialising) the classes every command needs, at the end of the one run that
 * records the launcher's class-data archive. The archive holds only the classes its recording run
 * loaded, so without this the first command after a build decides which later commands start fast
 * (a lint run after an archive recorded by sbom took 0.72 s instead of 0.63 s).
 *
 * <p>Loading is not enough for what only running code creates: lambda classes and the JDK classes
 * a path pulls in (streams, regex internals). So the recording run also lints a small in-memory
 * Dockerfile and manifest through the real pipeline and renders every format, throwing the results
 * away: a lint mapping an archive recorded by {@code --version} still loaded 160 classes itself.
 */
final class ClassDataPreload {

  /** Set by {@code ./harden} on the recording run only. */
  static final String PROPERTY = "harden.cds.preload";

  /** harden's own classes and the libraries most commands touch; the rest load on demand. */
  private static final List<String> PREFIXES = List.of(
      "dev/harden/", "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/",
      "org/snakeyaml/engine/", "org/apache/commons/compress/archivers/tar/");

  private ClassDataPreload() {}

  static void runIfAsked() {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        loadFrom(jar);
      }
      train();
    } catch (IOException | URISyntaxException | SecurityException e) {
      // the archive is an optimisation: without the extra classes it is merely smaller
    }
  }

  /** Runs a lint of {@link #SAMPLE_DOCKERFILE} and {@link #SAMPLE_MANIFEST}; results unused. */
  static void train() {
    RenderOptions options = RenderOptions.plain(HardenCommand.toolVersion());
    for (String sample : List.of(SAMPLE_DOCKERFILE, SAMPLE_MANIFEST)) {
      try {
        LintReport report = lintSample(sample);
        new TextLintReporter().render(report, options);
        new JsonLintReporter().render(report, options);
        new SarifLintReporter().render(report, options);
      } catch (InputException | RuntimeException e) {
        // the archive is an optimisation: a failed training run only makes it smaller
      }
    }
  }

  /** Lints one sample as standard input, as {@code harden lint -} would. */
  static LintReport lintSample(String sample) throws InputException {
    return new LintRun(HardenConfig.DEFAULTS, Optional.empty())
        .run(List.of(new LintInput(LintInput.Kind.DOCKERFILE, null)),
            new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));
  }

  static final String SAMPLE_DOCKERFILE = """
      # syntax=docker/dockerfile:1
      ARG BASE=python:3.12
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY . .
      RUN go build -o /app ./cmd/app
      FROM ${BASE}
      ENV API_TOKEN=changeme
      RUN apt-get update && apt-get install -y curl git \
       && pip install requests flask==3.0.0 && npm install -g yarn \
       && curl -sSL https://example.com/install.sh | sh
      ADD https://example.com/tool.tar.gz /opt/
      COPY --from=build /app /usr/local/bin/app
      RUN cd /opt && chmod 777 /opt && useradd -u 1000 app
      USER root
      EXPOSE 22 8080
      HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1
      ENTRYPOINT ["/usr/local/bin/app"]
      CMD app --serve
      """;

  static final String SAMPLE_MANIFEST = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: app
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: app
                image: app:latest
                securityContext:
                  privileged: true
                  capabilities:
                    add: [NET_ADMIN]
                ports:
                  - containerPort: 8080
      """;

  private static void loadFrom(Path jar) throws IOException {
    ClassLoader loader = Main.class.getClassLoader();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.contains("-") && wanted(name)) {
          try {
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
          } catch (ClassNotFoundException | LinkageError e) {
            // a class whose optional dependency is absent: not archived, loaded (or not) on demand
          }
        }
      }
    }
  }

  private static boolean wanted(String name) {
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
