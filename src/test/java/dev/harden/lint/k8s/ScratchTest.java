package dev.harden.lint.k8s;

import dev.harden.lint.LintSettings;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    String f = System.getProperty("f");
    var r = new KubernetesLinting(LintSettings.DEFAULTS).lint(List.of(f), System.in);
    for (var x : r.findings()) System.out.println(x.location().line() + ":" + x.location().column() + " " + x.rule().id() + " " + x.message() + " " + x.location().details());
    for (var w : r.workloads()) System.out.println(w);
  }
}
