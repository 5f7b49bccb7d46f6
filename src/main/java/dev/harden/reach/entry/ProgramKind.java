package dev.harden.reach.entry;

import java.util.Set;
import java.util.regex.Pattern;

/** What an ELF program is, from its file name (or, for busybox, the name it was invoked by). */
enum ProgramKind {
  SHELL,
  BUSYBOX,
  ENV,
  /** Runs its arguments as a command after its own options (tini, gosu, ...). */
  WRAPPER,
  NODE,
  JAVA,
  PYTHON,
  /** A language runtime whose programs harden does not read. */
  UNANALYSED,
  OTHER;

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "ksh93", "mksh", "yash");
  private static final Pattern PYTHON_NAME = Pattern.compile("python(\\d(\\.\\d+)?)?[dmu]*");
  private static final Pattern UNANALYSED_NAME = Pattern.compile(
      "perl(5[.\\d]*)?|ruby[.\\d]*|php[.\\d]*(-fpm[.\\d]*)?|lua[.\\d]*|luajit|Rscript|R|pwsh|"
      + "deno|bun|dotnet|mono|erl|elixir|escript|tclsh[.\\d]*|wish[.\\d]*|gawk|awk|mawk|"
      + "jshell|groovy|scala|kotlin|julia|guile[.\\d]*|node-red");

  static ProgramKind of(String invoked, String file) {
    if (file.equals("busybox")) {
      return invoked.equals("busybox") ? BUSYBOX : byName(invoked);
    }
    ProgramKind byFile = byName(file);
    return byFile != OTHER ? byFile : byName(invoked);
  }

  private static ProgramKind byName(String name) {
    if (SHELLS.contains(name)) {
      return SHELL;
    }
    if (name.equals("busybox")) {
      return BUSYBOX;
    }
    if (name.equals("env")) {
      return ENV;
    }
    if (Wrapped.isWrapper(name)) {
      return WRAPPER;
    }
    if (name.equals("node") || name.equals("nodejs")) {
      return NODE;
    }
    if (name.equals("java") || name.equals("javaw")) {
      return JAVA;
    }
    if (PYTHON_NAME.matcher(name).matches()) {
      return PYTHON;
    }
    if (UNANALYSED_NAME.matcher(name).matches()) {
      return UNANALYSED;
    }
    return OTHER;
  }
}
