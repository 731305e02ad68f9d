package studio.backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house of HOUSE-STYLE §1 as one layered rule: data flows one way, text → AST → graph →
 * passes → drawing → what is shown → screen or file. Tensors (shapes, values, the tensor
 * arithmetic) sit between the language and the graph: a node has a shape. Each layer names the layers it may use; the
 * screen is used by nothing but the launcher, and only the screen touches JavaFX.
 */
@AnalyzeClasses(packages = "studio.backprop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Language").definedBy("studio.backprop.expr..")
            .layer("Tensors").definedBy("studio.backprop.tensor..")
            .layer("Graph").definedBy("studio.backprop.graph..")
            .layer("Passes").definedBy("studio.backprop.autodiff..")
            .layer("Training").definedBy("studio.backprop.training..")
            .layer("Layout").definedBy("studio.backprop.layout..")
            .layer("Presentation").definedBy("studio.backprop.presentation..")
            .layer("Files").definedBy("studio.backprop.io..")
            .layer("Export").definedBy("studio.backprop.export..")
            .layer("CommandLine").definedBy("studio.backprop.cli..")
            .layer("Screen").definedBy("studio.backprop.ui..")
            .layer("Launcher").definedBy("studio.backprop")
            .whereLayer("Language").mayNotAccessAnyLayer()
            .whereLayer("Tensors").mayOnlyAccessLayers("Language")
            .whereLayer("Graph").mayOnlyAccessLayers("Tensors", "Language")
            .whereLayer("Passes").mayOnlyAccessLayers("Graph", "Tensors", "Language")
            .whereLayer("Training").mayOnlyAccessLayers("Passes", "Graph", "Tensors", "Language")
            .whereLayer("Layout").mayOnlyAccessLayers("Graph", "Tensors")
            .whereLayer("Presentation").mayOnlyAccessLayers("Training", "Passes", "Graph", "Tensors", "Language", "Layout")
            .whereLayer("Files").mayOnlyAccessLayers("Graph", "Tensors", "Language")
            .whereLayer("Export").mayOnlyAccessLayers("Presentation", "Layout", "Training", "Passes", "Graph", "Tensors",
                    "Language", "Files")
            .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Screen").mayOnlyBeAccessedByLayers("Launcher");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("studio.backprop.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheScreenUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("studio.backprop.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .as("JavaFX is used only in studio.backprop.ui");

    @ArchTest
    static final ArchRule layoutIsPlainGeometry = noClasses()
            .that().resideInAPackage("studio.backprop.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .as("layout measures text by estimate, without a font engine");
}
