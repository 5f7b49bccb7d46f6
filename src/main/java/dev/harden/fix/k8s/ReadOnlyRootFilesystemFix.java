package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.k8s.Container;
import dev.harden.k8s.Field;
import dev.harden.k8s.MapView;
import dev.harden.k8s.NewValue;
import dev.harden.k8s.TextChange;
import dev.harden.k8s.Volume;
import dev.harden.k8s.YamlMap;
import dev.harden.k8s.YamlNode;
import dev.harden.k8s.YamlSeq;
import dev.harden.lint.k8s.rules.K8s004ReadOnlyRootFilesystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * K8S004: sets {@code readOnlyRootFilesystem: true} and keeps the places a process must write to
 * writable with {@code emptyDir} volumes: {@code /tmp} always, and the image's declared {@code
 * VOLUME}s when the image is known. A path the container already mounts something at is left alone;
 * an existing emptyDir volume of the right name is reused.
 */
final class ReadOnlyRootFilesystemFix implements ManifestFix {

  @Override
  public String ruleId() {
    return K8s004ReadOnlyRootFilesystem.META.id();
  }

  @Override
  public Optional<Fix> fix(FixTarget target) {
    if (target.container().isEmpty() || WindowsPods.isWindows(target.workload())) {
      return Optional.empty();
    }
    Container c = target.container().get();
    Set<String> writable = new LinkedHashSet<>();
    writable.add("/tmp");
    target.image().ifPresent(facts -> facts.volumes().forEach(v -> writable.add(normalize(v))));
    writable.removeAll(mountPaths(c));
    writable.remove("");

    List<NewValue> mounts = new ArrayList<>();
    List<NewValue> volumes = new ArrayList<>();
    List<String> volumeNames = volumeNames(target);
    for (String path : writable) {
      String name = volumeName(path);
      Optional<Volume> existing = volume(target, name);
      if (existing.isPresent() && existing.get().any("emptyDir").isEmpty()) {
        name = unique(name + "-writable", volumeNames);
      }
      mounts.add(NewValue.mapping("name", NewValue.string(name), "mountPath", NewValue.string(path)));
      if (!volumeNames.contains(name)) {
        volumes.add(NewValue.mapping("name", NewValue.string(name), "emptyDir", NewValue.emptyMapping()));
        volumeNames.add(name);
      }
    }

    List<Optional<TextChange>> changes = new ArrayList<>();
    changes.add(
        target.patcher().set(c.map(), List.of("securityContext", "readOnlyRootFilesystem"), NewValue.bool(true)));
    if (!mounts.isEmpty()) {
      changes.add(target.patcher().append(c.map(), List.of("volumeMounts"), mounts));
    }
    if (!volumes.isEmpty()) {
      changes.add(target.patcher().append(target.workload().podSpec().map(), List.of("volumes"), volumes));
    }
    String description =
        "set readOnlyRootFilesystem: true in " + c.name()
            + (writable.isEmpty() ? "" : " and mount emptyDir volumes at " + String.join(", ", writable));
    return target.fix(
        FixSafety.SUGGESTED,
        description,
        "a process that writes outside " + (writable.isEmpty() ? "its volumes" : String.join(", ", writable))
            + " (caches, pid files, generated config) fails until that path gets a volume too",
        changes);
  }

  private static Set<String> mountPaths(Container c) {
    Set<String> paths = new LinkedHashSet<>();
    Optional<Field<YamlSeq>> mounts = c.seq("volumeMounts");
    if (mounts.isPresent()) {
      for (YamlNode item : mounts.get().value().items()) {
        if (item instanceof YamlMap m) {
          new MapView(m, "").string("mountPath").ifPresent(f -> paths.add(normalize(f.value())));
        }
      }
    }
    return paths;
  }

  private static Optional<Volume> volume(FixTarget target, String name) {
    return target.workload().podSpec().volumes().stream()
        .filter(v -> v.name().orElse("").equals(name))
        .findFirst();
  }

  private static List<String> volumeNames(FixTarget target) {
    List<String> names = new ArrayList<>();
    for (Volume v : target.workload().podSpec().volumes()) {
      v.name().ifPresent(names::add);
    }
    return names;
  }

  private static String normalize(String path) {
    String p = path.trim();
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** A DNS-label volume name for a path: {@code /tmp} → {@code tmp}, {@code /var/cache/nginx} → {@code var-cache-nginx}. */
  static String volumeName(String path) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (name.isEmpty()) {
      name = "writable";
    }
    return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
  }

  private static String unique(String base, List<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }
}
