package studio.backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of HOUSE-STYLE §1: data flows one way, text → AST → graph → passes → drawing
 * → screen or file, and only the ui package may touch JavaFX.
 */
@AnalyzeClasses(packages = "studio.backprop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("studio.backprop.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .as("JavaFX is used only in studio.backprop.ui");

    @ArchTest
    static final ArchRule theLanguageDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("studio.backprop.expr..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "studio.backprop.graph..", "studio.backprop.autodiff..", "studio.backprop.layout..",
                    "studio.backprop.export..", "studio.backprop.cli..", "studio.backprop.ui..");

    @ArchTest
    static final ArchRule theGraphKnowsOnlyTheLanguage = noClasses()
            .that().resideInAPackage("studio.backprop.graph..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "studio.backprop.autodiff..", "studio.backprop.layout..", "studio.backprop.export..",
                    "studio.backprop.cli..", "studio.backprop.ui..");

    @ArchTest
    static final ArchRule thePassesDoNotKnowHowTheyAreShown = noClasses()
            .that().resideInAPackage("studio.backprop.autodiff..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "studio.backprop.layout..", "studio.backprop.export..", "studio.backprop.cli..", "studio.backprop.ui..");

    @ArchTest
    static final ArchRule layoutIsGeometryOnly = noClasses()
            .that().resideInAPackage("studio.backprop.layout..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "studio.backprop.export..", "studio.backprop.cli..", "studio.backprop.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule exportersDoNotKnowTheCommandLineOrTheScreen = noClasses()
            .that().resideInAPackage("studio.backprop.export..")
            .should().dependOnClassesThat().resideInAnyPackage("studio.backprop.cli..", "studio.backprop.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theCommandLineDoesNotNeedTheScreen = noClasses()
            .that().resideInAPackage("studio.backprop.cli..")
            .should().dependOnClassesThat().resideInAPackage("studio.backprop.ui..");
}
