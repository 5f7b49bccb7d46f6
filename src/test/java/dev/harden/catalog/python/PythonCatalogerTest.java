package dev.harden.catalog.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PythonCatalogerTest {

  @Test
  void wheelMetadataWithRecordFilesAndNormalisedName() throws Exception {
    String site = "/usr/lib/python3/dist-packages";
    MemoryFileResolver tree = new MemoryFileResolver()
        .file(site + "/Flask_Login-0.6.3.dist-info/METADATA",
            "Metadata-Version: 2.1\nName: Flask_Login\nVersion: 0.6.3\nLicense: MIT\n\nbody\n", 3)
        .file(site + "/Flask_Login-0.6.3.dist-info/RECORD",
            "flask_login/__init__.py,sha256=x,10\n\"flask_login/a,b.py\",,\n"
                + "../../../bin/flask-login,,\n", 3);
    CatalogResult r = new PythonCataloger().catalog(tree, CatalogContext.defaults());
    Pkg p = r.packages().get(0);
    assertThat(p.name()).isEqualTo("flask-login");
    assertThat(p.purl().canonicalize()).isEqualTo("pkg:pypi/flask-login@0.6.3");
    assertThat(p.licenses()).containsExactly("MIT");
    assertThat(p.layer()).isEqualTo(3);
    assertThat(p.files()).containsExactly("/usr/bin/flask-login",
        site + "/flask_login/__init__.py", site + "/flask_login/a,b.py");
  }

  @Test
  void zippedEggAndClassifierLicences() throws Exception {
    Path egg = Path.of("../shared/pkgdb/trivy/python/pkg/fanal/analyzer/language/python/packaging/"
        + "testdata/egg-zip/kitchen-1.2.6-py2.7.egg");
    CatalogResult r = new PythonCataloger().catalog(new MemoryFileResolver()
        .file("/opt/lib/kitchen-1.2.6-py2.7.egg", Files.readAllBytes(egg), 0644, 0),
        CatalogContext.defaults());
    assertThat(r.packages()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("kitchen");
      assertThat(p.version()).isEqualTo("1.2.6");
      assertThat(p.locations()).containsExactly("/opt/lib/kitchen-1.2.6-py2.7.egg!/EGG-INFO/PKG-INFO");
      assertThat(p.licenses()).isNotEmpty();
    });
  }
}
