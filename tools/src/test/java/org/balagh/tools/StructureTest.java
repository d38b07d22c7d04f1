package org.balagh.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The structure of the modules built on the engine, the bot and the tools (which depend on the bot,
 * so both are on this classpath): their packages free of cycles, and the engine reached through its
 * door alone ({@code org.balagh.retrieval}, its values in {@code model}, the corpus format and
 * import in {@code corpus}), never through how it analyses, indexes or searches.
 *
 * <p>Only production code is checked. In a module's own build the bot's tests come from its {@code
 * test-classes} directory, but in a reactor build ({@code mvn verify} from the top) they come from
 * its test jar, which ArchUnit's {@code DO_NOT_INCLUDE_TESTS} does not recognise: both are left
 * out.
 */
class StructureTest {

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

  private static final ImportOption PRODUCTION_CODE =
      location ->
          ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
              && !location.matches(TEST_JAR);

  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(PRODUCTION_CODE)
          .importPackages("org.balagh.bot", "org.balagh.tools");

  @Test
  void hasNoPackageCycle() {
    slices().matching("org.balagh.(**)").should().beFreeOfCycles().check(CODE);
  }

  @Test
  void reachesTheEngineThroughItsDoorAlone() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.balagh.retrieval.analysis..",
            "org.balagh.retrieval.index..",
            "org.balagh.retrieval.search..",
            "org.balagh.retrieval.text..",
            "org.balagh.retrieval.lang..")
        .check(CODE);
  }
}
