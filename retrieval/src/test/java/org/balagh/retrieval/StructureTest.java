package org.balagh.retrieval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's structure: its packages free of cycles, and its door's values ({@code model})
 * knowing nothing of how the engine works.
 */
class StructureTest {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.balagh.retrieval");

  @Test
  void hasNoPackageCycle() {
    slices().matching("org.balagh.(**)").should().beFreeOfCycles().check(ENGINE);
  }

  @Test
  void keepsTheDoorsValuesFreeOfTheEnginesWorkings() {
    noClasses()
        .that()
        .resideInAPackage("org.balagh.retrieval.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.balagh.retrieval.analysis..",
            "org.balagh.retrieval.index..",
            "org.balagh.retrieval.search..",
            "org.balagh.retrieval.text..")
        .check(ENGINE);
  }
}
