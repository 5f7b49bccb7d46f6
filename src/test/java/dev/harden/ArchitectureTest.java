package dev.harden;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package layering of docs/ARCHITECTURE.md: which top-level package may use which,
 * no cycles, {@code cli} on top, no {@code util}-style grab bags, no static mutable state.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.harden";

  /**
   * Top-level package -> the top-level packages it may depend on. A package missing from this map
   * fails the test: adding one is a design decision, made here.
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("version", Set.of()),
          Map.entry("io", Set.of()),
          Map.entry("ecosystem", Set.of("version")),
          Map.entry("image", Set.of("io")),
          Map.entry("dockerfile", Set.of("io")),
          Map.entry("k8s", Set.of("io")),
          Map.entry("vulndb", Set.of("ecosystem", "version", "io")),
          Map.entry("catalog", Set.of("image", "ecosystem", "version", "io")),
          Map.entry("lint", Set.of("dockerfile", "k8s", "image", "catalog", "ecosystem", "io")),
          Map.entry("match", Set.of("vulndb", "catalog", "ecosystem", "version", "io")),
          Map.entry("reach", Set.of("catalog", "image", "dockerfile", "ecosystem", "io")),
          Map.entry(
              "fix", Set.of("lint", "dockerfile", "k8s", "image", "catalog", "ecosystem", "io")),
          Map.entry(
              "policy",
              Set.of("lint", "match", "reach", "catalog", "vulndb", "ecosystem", "version", "io")),
          Map.entry("config", Set.of("lint", "io")),
          Map.entry(
              "report",
              Set.of(
                  "lint", "fix", "policy", "match", "reach", "catalog", "vulndb", "image",
                  "dockerfile", "k8s", "ecosystem", "version", "io")),
          Map.entry(
              "pipeline",
              Set.of(
                  "report", "policy", "fix", "lint", "match", "reach", "catalog", "vulndb",
                  "image", "dockerfile", "k8s", "config", "ecosystem", "version", "io")),
          Map.entry(
              "cli",
              Set.of(
                  "pipeline", "report", "policy", "fix", "lint", "match", "reach", "catalog",
                  "vulndb", "image", "dockerfile", "k8s", "config", "ecosystem", "version",
                  "io")));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  static String topLevel(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = pkg.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void everyTopLevelPackageHasADeclaredPlace() {
    Set<String> unknown = new TreeSet<>();
    for (JavaClass c : classes) {
      String top = topLevel(c);
      if (top != null && !ALLOWED.containsKey(top)) {
        unknown.add(top);
      }
    }
    assertThat(unknown)
        .as("top-level packages missing from ArchitectureTest.ALLOWED and docs/ARCHITECTURE.md")
        .isEmpty();
  }

  @Test
  void packagesOnlyUseTheLayersBelowThem() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : classes) {
      String from = topLevel(c);
      if (from == null || !ALLOWED.containsKey(from)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = topLevel(d.getTargetClass());
        if (to != null && !to.equals(from) && !ALLOWED.get(from).contains(to)) {
          violations.add(from + " -> " + to + ": " + d.getDescription());
        }
      }
    }
    assertThat(violations).as("dependencies against the layering").isEmpty();
  }

  @Test
  void noCyclesBetweenPackages() {
    slices()
        .matching(ROOT + ".(**)")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noGrabBagPackages() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..", "..misc..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(ROOT + "..")
        .should()
        .haveModifier(JavaModifier.FINAL)
        .allowEmptyShould(true)
        .check(classes);
  }
}
