package studio.backprop.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout package turns graphs into plain geometry that the screen and every exporter share,
 * so it must not know about any of them, nor about a font engine.
 */
@AnalyzeClasses(packages = "studio.backprop.layout", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutArchitectureTest {

    @ArchTest
    static final ArchRule layoutUsesNoJavaFxOrAwt = noClasses()
            .that().resideInAPackage("studio.backprop.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule layoutDependsOnNothingDownstream = noClasses()
            .that().resideInAPackage("studio.backprop.layout..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "studio.backprop.autodiff..", "studio.backprop.export..", "studio.backprop.cli..",
                    "studio.backprop.ui..");
}
