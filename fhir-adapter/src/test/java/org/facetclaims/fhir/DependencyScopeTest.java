package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an integrator who adds the adapter as a Maven dependency gets on the compile classpath:
 * the core, HAPI's base and R4 structures (and, through the core, Guava); the command line's and
 * the standalone server's libraries are optional. And the library's own packages do not use
 * them: only {@code cli} and {@code server} do.
 */
class DependencyScopeTest {
  @Test
  void theAdapterCarriesTheCoreAndHapiOnly() throws Exception {
    assertThat(nonOptionalCompileDependencies(Path.of("pom.xml")))
        .containsExactlyInAnyOrder("facet-claims-core", "hapi-fhir-base",
            "hapi-fhir-structures-r4");
  }

  @Test
  void theCoreCarriesGuavaOnly() throws Exception {
    assertThat(nonOptionalCompileDependencies(Path.of("..", "core", "pom.xml")))
        .containsExactly("guava");
  }

  @Test
  void onlyTheCommandLineAndTheServerUseTheOptionalLibraries() throws IOException {
    Path main = Path.of("src", "main", "java", "org", "facetclaims", "fhir");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = main.relativize(f).getName(0).toString();
        if (pkg.equals("cli") || pkg.equals("server")) {
          continue;
        }
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import picocli.") || line.startsWith("import org.eclipse.jetty.")
              || line.startsWith("import ca.uhn.fhir.rest.server.")
              || line.startsWith("import org.facetclaims.audit.")
              || line.startsWith("import org.facetclaims.fhir.cli.")
              || line.startsWith("import org.facetclaims.fhir.server.")) {
            offenders.add(main.relativize(f) + ": " + line);
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /** The artifact ids of a pom's dependencies in compile or runtime scope, not optional. */
  static Set<String> nonOptionalCompileDependencies(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Document d = f.newDocumentBuilder().parse(pom.toFile());
    Set<String> out = new TreeSet<>();
    Element deps = child(d.getDocumentElement(), "dependencies");
    NodeList list = deps.getElementsByTagName("dependency");
    for (int i = 0; i < list.getLength(); i++) {
      Element dep = (Element) list.item(i);
      String scope = text(dep, "scope", "compile");
      boolean optional = Boolean.parseBoolean(text(dep, "optional", "false"));
      if ((scope.equals("compile") || scope.equals("runtime")) && !optional) {
        out.add(text(dep, "artifactId", null));
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no <" + name + ">");
  }

  private static String text(Element dep, String name, String absent) {
    NodeList l = dep.getElementsByTagName(name);
    return l.getLength() == 0 ? absent : l.item(0).getTextContent().strip();
  }
}
