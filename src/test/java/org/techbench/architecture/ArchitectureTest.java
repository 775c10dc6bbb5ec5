package org.techbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout and dependency rules of design.md §2. */
@AnalyzeClasses(packages = "org.techbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy("org.techbench")
            .layer("UI").definedBy("org.techbench.ui..")
            .layer("CLI").definedBy("org.techbench.cli..")
            .layer("Service").definedBy("org.techbench.service..")
            .layer("Store").definedBy("org.techbench.store..")
            .layer("Sync").definedBy("org.techbench.sync..")
            .layer("Report").definedBy("org.techbench.report..")
            .layer("Domain").definedBy("org.techbench.domain..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI")
            // The hub keeps synced rows in the laptop's own schema and merges them with the same code.
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI", "Service", "Sync")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Sync").mayOnlyBeAccessedByLayers("Service")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule screensWorkThroughServices = noClasses().that().resideInAPackage("org.techbench.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.techbench.store.schema..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.techbench.store.Store")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.techbench.store.CapturingTransaction");

    @ArchTest
    static final ArchRule onlyTheHubUsesTheStore = noClasses().that().resideInAPackage("org.techbench.sync")
            .should().dependOnClassesThat().resideInAPackage("org.techbench.store..");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("org.techbench.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..", "java.io..",
                    "java.nio..", "java.sql..", "java.net..", "org.slf4j..");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.techbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..");

    @ArchTest
    static final ArchRule onlyStoreAndHubUseJooq = noClasses().that().resideOutsideOfPackages("org.techbench.store..",
                    "org.techbench.sync.hub..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    static final ArchRule onlyReportUsesPoi = noClasses().that().resideOutsideOfPackage("org.techbench.report..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackages("org.techbench.cli..", "org.techbench")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule loggingIsSlf4jOnly = noClasses().that().resideOutsideOfPackage("org.techbench.logging")
            .should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..", "org.apache.commons.logging..",
                    "ch.qos.logback..");
}
