package org.techbench.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.techbench.replication.CapturingTransaction;

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
            .layer("Replication").definedBy("org.techbench.replication..")
            .layer("Schema").definedBy("org.techbench.schema..")
            .layer("Domain").definedBy("org.techbench.domain..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI", "Service", "Sync")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Sync").mayOnlyBeAccessedByLayers("Service")
            // The hub keeps synced rows in the laptop's own schema and merges them with the same engine.
            .whereLayer("Replication").mayOnlyBeAccessedByLayers("Entry", "CLI", "Service", "Store", "Sync")
            // jOOQ's generated tables: the store's, the engine's and the hub's own tables.
            .whereLayer("Schema").mayOnlyBeAccessedByLayers("Store", "Replication", "Sync")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theEngineDoesNotReachIntoTheStore = noClasses().that()
            .resideInAPackage("org.techbench.replication..")
            .should().dependOnClassesThat().resideInAnyPackage("org.techbench.store..", "org.techbench.service..",
                    "org.techbench.sync..", "org.techbench.ui..", "org.techbench.cli..");

    @ArchTest
    static final ArchRule theHubUsesTheEngineAndRepositoriesOnly = noClasses().that()
            .resideInAPackage("org.techbench.sync.hub..")
            .should().dependOnClassesThat(describe(
                    "classes of the store other than its public repositories",
                    (JavaClass c) -> c.getPackageName().equals("org.techbench.store")
                            && !(c.getSimpleName().endsWith("Repository") && c.getModifiers()
                            .contains(JavaModifier.PUBLIC))));

    @ArchTest
    static final ArchRule screensWorkThroughServices = noClasses().that().resideInAPackage("org.techbench.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.techbench.schema..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.techbench.store.Store");

    @ArchTest
    static final ArchRule theSyncClientUsesNoDatabase = noClasses().that().resideInAPackage("org.techbench.sync")
            .should().dependOnClassesThat().resideInAnyPackage("org.techbench.store..", "org.techbench.replication..",
                    "org.techbench.schema..");

    /** View models are tested without the toolkit: properties and collections, never controls or stages. */
    @ArchTest
    static final ArchRule viewModelsUseOnlyPropertiesAndCollections = noClasses().that()
            .haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("FormModel")
            .should().dependOnClassesThat(describe("JavaFX outside javafx.beans and javafx.collections",
                    (JavaClass c) -> (c.getPackageName().startsWith("javafx.") || c.getPackageName().startsWith("org.controlsfx")
                            || c.getPackageName().startsWith("atlantafx"))
                            && !c.getPackageName().startsWith("javafx.beans")
                            && !c.getPackageName().startsWith("javafx.collections")));

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("org.techbench.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..", "java.io..",
                    "java.nio..", "java.sql..", "java.net..", "org.slf4j..");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.techbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..");

    @ArchTest
    static final ArchRule onlyStoreEngineAndHubUseJooq = noClasses().that().resideOutsideOfPackages("org.techbench.store..",
                    "org.techbench.replication..", "org.techbench.schema..", "org.techbench.sync.hub..")
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
