package org.balagh.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The structure of the modules built on the engine, the bot and the tools (which depend on the bot,
 * so both are on this classpath): their packages free of cycles, and the engine reached through its
 * door alone ({@code org.balagh.retrieval}, its values in {@code model}, the corpus format and
 * import in {@code corpus}), never through how it analyses, indexes or searches.
 */
class StructureTest {

  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
