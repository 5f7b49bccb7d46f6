package dev.harden.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import dev.harden.report.Json;
import dev.harden.vulndb.DbInfo;
import dev.harden.vulndb.DbUpdater;
import dev.harden.vulndb.DbWriter;
import dev.harden.vulndb.RecordImporter;
import dev.harden.vulndb.VulnStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code harden db import|update|info}: the offline vulnerability database (docs/vulndb.md). */
final class DbCommand implements Runnable {

  private final CommandSpec spec = CommandSpecs.command(this, "db",
      "Build, update and inspect the offline vulnerability database.");

  /** The command's picocli model, with its subcommands. */
  static CommandSpec spec() {
    CommandSpec spec = new DbCommand().spec;
    spec.addSubcommand("import", new Import().spec);
    spec.addSubcommand("update", new Update().spec);
    spec.addSubcommand("info", new Info().spec);
    return spec;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (import, update, info)");
  }

  /** Only text and JSON make sense for database commands. */
  static void requireTextOrJson(CommandLine cli, OutputOptions output) {
    if (!output.format().equals("text") && !output.format().equals("json")) {
      throw new CommandLine.ParameterException(
          cli, "unknown format '" + output.format() + "' for db commands (text, json)");
    }
  }

  /** {@code harden db import PATH...}. */
  static final class Import implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "import",
        "Import OSV records (JSON, YAML, directories, all.zip archives) and CVE JSON 5"
            + " records (severities by alias) into the database.");
    private final DbLocation location = new DbLocation().addTo(spec);
    private final OutputOptions output = new OutputOptions().addTo(spec);
    private final OptionValue<List<Path>> paths = new OptionValue<>();

    Import() {
      spec.addPositional(CommandSpecs.parameters(paths, Path.class, "PATH",
          "Record files, directories or zips."));
    }

    @Override
    public Integer call() throws InputException {
      List<Path> paths = this.paths.value();
      requireTextOrJson(spec.commandLine(), output);
      Path db = location.resolve();
      RecordImporter.Result r;
      boolean rebuilt;
      try (DbWriter w = DbWriter.stage(db, Clock.systemUTC())) {
        rebuilt = w.replacedUnusable();
        r = new RecordImporter(w, "import").importPaths(paths);
        w.commit();
      }
      String content;
      if (output.format().equals("json")) {
        ObjectNode n = Json.object();
        n.put("database", db.toString());
        n.put("advisories", r.advisories());
        n.put("cveRecords", r.cveRecords());
        n.put("unsupported", r.unsupported());
        n.put("otherFiles", r.otherFiles());
        n.put("rebuilt", rebuilt);
        content = Json.write(n);
      } else {
        content =
            (rebuilt ? "the old file was not a usable database and was rebuilt\n" : "")
                + "imported " + r.advisories() + " advisories and " + r.cveRecords()
                + " CVE severities into " + db + "\n"
                + "skipped " + r.unsupported() + " advisories of ecosystems harden does not scan and "
                + r.otherFiles() + " other files\n";
      }
      ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }

  /** {@code harden db update [--source URL] [--ecosystem NAME]...}. */
  static final class Update implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "update",
        "Download per-ecosystem all.zip archives (<source>/<Ecosystem>/all.zip) with"
            + " conditional requests; without --ecosystem, those fetched before or seen by scans.");
    private final DbLocation location = new DbLocation().addTo(spec);
    private final OutputOptions output = new OutputOptions().addTo(spec);
    private final OptionValue<URI> source = new OptionValue<>(DbUpdater.OSV_DEV);
    private final OptionValue<List<String>> ecosystems = new OptionValue<>();

    Update() {
      spec.addOption(CommandSpecs.option(source, URI.class, "--source")
          .paramLabel("URL")
          .description("Archive layout root (default: " + DbUpdater.OSV_DEV + ").")
          .build());
      spec.addOption(CommandSpecs.listOption(ecosystems, String.class, true, "--ecosystem")
          .paramLabel("NAME")
          .description("Ecosystem to fetch, as OSV names it (Debian, Alpine, npm, Maven, PyPI,"
              + " Go, crates.io, ...); repeatable.")
          .build());
    }

    @Override
    public Integer call() throws InputException {
      URI source = this.source.value();
      List<String> ecosystems = this.ecosystems.value() == null ? List.of()
          : this.ecosystems.value();
      requireTextOrJson(spec.commandLine(), output);
      Set<Ecosystem> asked = EnumSet.noneOf(Ecosystem.class);
      for (String name : ecosystems) {
        asked.add(ecosystem(spec.commandLine(), name));
      }
      Path db = location.resolve();
      DbUpdater updater =
          new DbUpdater(Clock.systemUTC(), "harden/" + HardenCommand.toolVersion(), Duration.ofSeconds(60));
      List<DbUpdater.Outcome> outcomes = updater.update(db, source, asked);
      String content;
      if (output.format().equals("json")) {
        ObjectNode n = Json.object();
        n.put("database", db.toString());
        ArrayNode list = n.putArray("ecosystems");
        for (DbUpdater.Outcome o : outcomes) {
          list.addObject()
              .put("ecosystem", o.ecosystem().osvName())
              .put("url", o.url())
              .put("status", o.status().name().toLowerCase(java.util.Locale.ROOT))
              .put("records", o.records());
        }
        content = Json.write(n);
      } else {
        StringBuilder s = new StringBuilder();
        for (DbUpdater.Outcome o : outcomes) {
          s.append(String.format("%-10s %-10s %7d records  %s%n", o.ecosystem().osvName(),
              o.status() == DbUpdater.Status.UNCHANGED ? "unchanged" : "downloaded", o.records(), o.url()));
        }
        s.append("database ").append(db).append('\n');
        content = s.toString();
      }
      ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
      return ExitCodes.OK;
    }

    static Ecosystem ecosystem(CommandLine cli, String name) {
      for (Ecosystem e : Ecosystem.values()) {
        if (e.osvName().equalsIgnoreCase(name.strip()) || e.name().equalsIgnoreCase(name.strip())) {
          return e;
        }
      }
      throw new CommandLine.ParameterException(
          cli,
          "unknown ecosystem '" + name + "' (known: "
              + Arrays.stream(Ecosystem.values()).map(Ecosystem::osvName).collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** {@code harden db info}. */
  static final class Info implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "info",
        "Show counts per ecosystem, last update, schema version and size.%nFormats: text, json.");
    private final DbLocation location = new DbLocation().addTo(spec);
    private final OutputOptions output = new OutputOptions().addTo(spec);

    @Override
    public Integer call() throws InputException {
      requireTextOrJson(spec.commandLine(), output);
      DbInfo info;
      try (VulnStore store = VulnStore.open(location.resolve())) {
        info = store.info();
      }
      String content = output.format().equals("json") ? json(info) : text(info);
      ReportOutput.deliver(content, output.output(), spec.commandLine().getOut());
      return ExitCodes.OK;
    }

    static String json(DbInfo info) {
      ObjectNode n = Json.object();
      n.put("schemaVersion", "1.0");
      n.put("path", info.path());
      n.put("sizeBytes", info.sizeBytes());
      n.put("dbSchema", info.schemaVersion());
      n.put("lastUpdate", info.lastUpdate());
      n.put("advisories", info.advisories());
      n.put("withdrawn", info.withdrawn());
      n.put("cveRecords", info.cveRecords());
      ObjectNode per = n.putObject("ecosystems");
      info.perEcosystem().forEach(per::put);
      ArrayNode sources = n.putArray("sources");
      for (DbInfo.Source s : info.sources()) {
        sources.addObject()
            .put("ecosystem", s.ecosystem())
            .put("url", s.url())
            .put("etag", s.etag())
            .put("lastModified", s.lastModified())
            .put("fetchedAt", s.fetchedAt())
            .put("records", s.records());
      }
      return Json.write(n);
    }

    static String text(DbInfo info) {
      StringBuilder s = new StringBuilder();
      s.append("database     ").append(info.path()).append('\n');
      s.append(String.format("size         %.1f MiB (%d bytes)%n", info.sizeBytes() / 1048576.0, info.sizeBytes()));
      s.append("schema       ").append(info.schemaVersion()).append('\n');
      s.append("last update  ").append(info.lastUpdate() == null ? "never" : info.lastUpdate()).append('\n');
      s.append("advisories   ").append(info.advisories()).append(" (").append(info.withdrawn())
          .append(" withdrawn), CVE severities ").append(info.cveRecords()).append('\n');
      for (Map.Entry<String, Integer> e : info.perEcosystem().entrySet()) {
        s.append(String.format("  %-12s %d%n", e.getKey(), e.getValue()));
      }
      for (DbInfo.Source src : info.sources()) {
        s.append(String.format("source       %s %s (%d records, checked %s%s)%n", src.ecosystem(), src.url(),
            src.records(), src.fetchedAt(), src.etag() == null ? "" : ", etag " + src.etag()));
      }
      return s.toString();
    }
  }
}
