package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.service.Progress;

class AssetExportRoundTripTest {

    @TempDir
    Path folder;
    @TempDir
    Path otherFolder;
    @TempDir
    Path files;
    Register register;

    @BeforeEach
    void fill() {
        register = new Register(folder);
        Asset server = register.server(register.north, "N1-SRV-1");
        register.server(register.south, "S2-SRV-1");
        Component disk = register.assets().addComponent(server.id(), new Component(null, null, null, ComponentKind.DISK,
                "Samsung", "PM883", "S4-OLD", "960 GB", LocalDate.of(2022, 1, 10), null));
        register.assets().replaceComponent(disk.id(), new Component(null, null, null, ComponentKind.DISK, "Samsung",
                "PM893", "S5-NEW", "1.92 TB", null, null), LocalDate.of(2025, 6, 1));
        register.assets().addSoftware(server.id(), new InstalledSoftware(null, null, null, "PostgreSQL", "16.4",
                "PGDG", LocalDate.of(2024, 2, 1), "PostgreSQL licence, \"free\""));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets.csv", "assets.xlsx"})
    void reimportingAnExportChangesNothing(String name) {
        Path file = files.resolve(name);
        long changes = register.pendingChanges();
        assertThat(register.workbench.assetExport().export(file, AssetFilter.all(), Progress.NONE)).isEqualTo(2);

        ImportPlan plan = register.workbench.assetImport().plan(file, ImportOptions.defaults(), Progress.NONE);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.outcome().unchanged()).isEqualTo(2);
        assertThat(plan.changesNothing()).isTrue();
        register.workbench.assetImport().apply(plan, Progress.NONE);
        assertThat(register.pendingChanges()).isEqualTo(changes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets.csv", "assets.xlsx"})
    void anExportImportsIntoAnotherStoreWithEverything(String name) {
        Path file = files.resolve(name);
        register.workbench.assetExport().export(file, AssetFilter.all(), Progress.NONE);
        try (Register other = new Register(otherFolder)) {
            ImportPlan plan = other.workbench.assetImport().plan(file, ImportOptions.defaults(), Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            other.workbench.assetImport().apply(plan, Progress.NONE);
            var copied = other.assets().detail(other.assets().match(AssetFilter.all().withText("N1-SRV-1")).getFirst());
            assertThat(copied.fitted()).extracting(Component::serial).containsExactly("S5-NEW");
            assertThat(copied.removed()).extracting(Component::serial, Component::removedOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("S4-OLD", LocalDate.of(2025, 6, 1)));
            assertThat(copied.software()).extracting(InstalledSoftware::licence)
                    .containsExactly("PostgreSQL licence, \"free\"");
        }
    }
}
