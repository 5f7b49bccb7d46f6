package dev.harden.reach.elf;

import dev.harden.reach.graph.ImageView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the dynamic loader of the image looks for a {@code DT_NEEDED} name, in the loader's own
 * order. glibc: {@code DT_RPATH} of the requesting object and of the objects that loaded it (only
 * while none has {@code DT_RUNPATH}), {@code LD_LIBRARY_PATH}, {@code DT_RUNPATH} of the requesting
 * object, the directories of {@code /etc/ld.so.conf} (what {@code ldconfig} caches), then the
 * default directories: multiarch ({@code /lib/x86_64-linux-gnu}), {@code lib64} on 64-bit, and
 * {@code /lib}, {@code /usr/lib}. musl: {@code LD_LIBRARY_PATH}, the requesting object's
 * {@code DT_RPATH}/{@code DT_RUNPATH}, then {@code /etc/ld-musl-ARCH.path} or its defaults.
 * {@code $ORIGIN}, {@code $LIB} and {@code $PLATFORM} are expanded.
 */
final class LibrarySearch {

  /** Debian multiarch triplets and musl architecture names by {@code e_machine}. */
  private record Arch(List<String> triplets, String musl) {}

  private static final Map<Integer, Arch> ARCHES = Map.of(
      3, new Arch(List.of("i386-linux-gnu"), "i386"),
      62, new Arch(List.of("x86_64-linux-gnu"), "x86_64"),
      183, new Arch(List.of("aarch64-linux-gnu"), "aarch64"),
      40, new Arch(List.of("arm-linux-gnueabihf", "arm-linux-gnueabi"), "armhf"),
      20, new Arch(List.of("powerpc-linux-gnu"), "powerpc"),
      21, new Arch(List.of("powerpc64le-linux-gnu", "powerpc64-linux-gnu"), "powerpc64le"),
      22, new Arch(List.of("s390x-linux-gnu"), "s390x"),
      243, new Arch(List.of("riscv64-linux-gnu"), "riscv64"),
      258, new Arch(List.of("loongarch64-linux-gnu"), "loongarch64"),
      8, new Arch(List.of("mips64el-linux-gnuabi64", "mipsel-linux-gnu", "mips-linux-gnu"),
          "mips"));

  /** A loaded object and the one that loaded it: glibc's {@code l_loader} chain for RPATH. */
  record Frame(String path, ElfSummary elf, Frame loader) {}

  private final ImageView view;
  private List<String> configured;

  LibrarySearch(ImageView view) {
    this.view = view;
  }

  /** The directories to try for a library needed by {@code requester}, in order, without duplicates. */
  List<String> directories(Frame requester, boolean musl) {
    Set<String> dirs = new LinkedHashSet<>();
    ElfSummary elf = requester.elf();
    List<String> ldLibraryPath = splitEnv("LD_LIBRARY_PATH");
    if (musl) {
      dirs.addAll(ldLibraryPath);
      addExpanded(dirs, elf.rpath(), requester);
      addExpanded(dirs, elf.runpath(), requester);
      dirs.addAll(muslSystemDirs(elf));
      return new ArrayList<>(dirs);
    }
    if (elf.runpath().isEmpty()) {
      for (Frame f = requester; f != null; f = f.loader()) {
        if (!f.elf().runpath().isEmpty()) {
          break;
        }
        addExpanded(dirs, f.elf().rpath(), f);
      }
    }
    dirs.addAll(ldLibraryPath);
    addExpanded(dirs, elf.runpath(), requester);
    dirs.addAll(configured());
    dirs.addAll(glibcDefaultDirs(elf));
    return new ArrayList<>(dirs);
  }

  private List<String> configured() {
    if (configured == null) {
      configured = LdSoConf.directories(view);
    }
    return configured;
  }

  private static List<String> glibcDefaultDirs(ElfSummary elf) {
    List<String> dirs = new ArrayList<>();
    Arch arch = ARCHES.get(elf.machine());
    if (arch != null) {
      for (String t : arch.triplets()) {
        dirs.add("/lib/" + t);
        dirs.add("/usr/lib/" + t);
      }
    }
    if (elf.bits() == 64) {
      dirs.add("/lib64");
      dirs.add("/usr/lib64");
    }
    dirs.add("/lib");
    dirs.add("/usr/lib");
    return dirs;
  }

  private List<String> muslSystemDirs(ElfSummary elf) {
    Arch arch = ARCHES.get(elf.machine());
    if (arch != null) {
      String text = view.textAt("/etc/ld-musl-" + arch.musl() + ".path").orElse(null);
      if (text != null) {
        List<String> dirs = new ArrayList<>();
        for (String d : text.split("[\\s:]+")) {
          if (d.startsWith("/")) {
            dirs.add(d);
          }
        }
        return dirs;
      }
    }
    return List.of("/lib", "/usr/local/lib", "/usr/lib");
  }

  private List<String> splitEnv(String name) {
    List<String> dirs = new ArrayList<>();
    for (String d : view.env(name).orElse("").split("[:;]")) {
      if (!d.isEmpty()) {
        dirs.add(view.absolute(d));
      }
    }
    return dirs;
  }

  private void addExpanded(Set<String> dirs, List<String> entries, Frame owner) {
    for (String entry : entries) {
      dirs.addAll(expand(entry, owner));
    }
  }

  /** {@code $ORIGIN} (the owner's directory), {@code $LIB} and {@code $PLATFORM}, braced or not. */
  List<String> expand(String entry, Frame owner) {
    String origin = owner.path().substring(0, Math.max(owner.path().lastIndexOf('/'), 0));
    String value = entry.replace("${ORIGIN}", "$ORIGIN").replace("$ORIGIN",
        origin.isEmpty() ? "/" : origin);
    Arch arch = ARCHES.get(owner.elf().machine());
    List<String> libs = new ArrayList<>();
    if (arch != null) {
      libs.add("lib/" + arch.triplets().get(0));
    }
    libs.add(owner.elf().bits() == 64 ? "lib64" : "lib");
    libs.add("lib");
    String platform = arch == null ? "" : arch.musl();
    value = value.replace("${PLATFORM}", "$PLATFORM").replace("$PLATFORM", platform);
    List<String> out = new ArrayList<>();
    if (value.contains("$LIB") || value.contains("${LIB}")) {
      for (String lib : libs) {
        out.add(view.absolute(value.replace("${LIB}", lib).replace("$LIB", lib)));
      }
    } else if (!value.contains("$")) {
      out.add(view.absolute(value));
    }
    return out;
  }
}
