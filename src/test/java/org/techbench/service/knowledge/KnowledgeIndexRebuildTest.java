package org.techbench.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.KnowledgeAnalysis;
import org.techbench.store.KnowledgeIndex;
import org.techbench.sync.hub.MovableClock;

/** The index beside the store is rebuilt from it when it is missing, damaged, of another version or behind. */
class KnowledgeIndexRebuildTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));

    private Workbench open(KnowledgeAnalysis analysis) {
        return Workbench.open(new DataFolder(folder), clock, "tester", copy -> { }, () -> Locale.ENGLISH, analysis);
    }

    private UUID faultIndexed(String symptom) {
        try (Workbench workbench = open(KnowledgeAnalysis.DEFAULT)) {
            UUID id = new PastFaults(workbench).reported(FaultSubcategory.APPLICATION, symptom).id();
            workbench.knowledge().catchUp(Progress.NONE);
            return id;
        }
    }

    private static boolean finds(Workbench workbench, String words, UUID fault) {
        return workbench.knowledge().search(words, ArticleFilter.NONE, 10).results().stream()
                .anyMatch(result -> result.id().equals(fault));
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheStore() throws IOException {
        UUID fault = faultIndexed("Label printer feeds two labels at once");
        deleteAll(folder.resolve("knowledge-index"));

        try (Workbench workbench = open(KnowledgeAnalysis.DEFAULT)) {
            workbench.knowledge().catchUp(Progress.NONE);

            assertThat(workbench.knowledge().indexRebuiltBecause()).isEqualTo(KnowledgeIndex.Rebuilt.MISSING);
            assertThat(finds(workbench, "printer feeds two labels", fault)).isTrue();
        }
    }

    @Test
    void aDamagedIndexIsRebuiltAndSaysSo() throws IOException {
        UUID fault = faultIndexed("Label printer feeds two labels at once");
        try (var files = Files.list(folder.resolve("knowledge-index"))) {
            for (Path file : files.toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }

        try (Workbench workbench = open(KnowledgeAnalysis.DEFAULT)) {
            workbench.knowledge().catchUp(Progress.NONE);

            assertThat(workbench.knowledge().indexRebuiltBecause()).isEqualTo(KnowledgeIndex.Rebuilt.DAMAGED);
            assertThat(finds(workbench, "printer feeds two labels", fault)).isTrue();
        }
    }

    @Test
    void anIndexWrittenWithAnotherAnalysisIsRebuilt() {
        try (Workbench workbench = open(KnowledgeAnalysis.BIGRAMS)) {
            workbench.knowledge().catchUp(Progress.NONE);
        }

        try (Workbench workbench = open(KnowledgeAnalysis.SMART_CHINESE)) {
            assertThat(workbench.knowledge().indexRebuiltBecause()).isEqualTo(KnowledgeIndex.Rebuilt.OTHER_VERSION);
        }
    }

    @Test
    void anIndexLeftBehindCatchesUpWithTheFaultsReportedSince() throws IOException {
        faultIndexed("Label printer feeds two labels at once");
        Path index = folder.resolve("knowledge-index");
        Path older = Files.createTempDirectory(folder.getParent(), "older-index");
        copyAll(index, older);
        UUID later = faultIndexed("Receipt printer cuts the paper too early");
        deleteAll(index);
        copyAll(older, index);

        try (Workbench workbench = open(KnowledgeAnalysis.DEFAULT)) {
            workbench.knowledge().catchUp(Progress.NONE);

            assertThat(workbench.knowledge().indexRebuiltBecause()).isNull();
            assertThat(finds(workbench, "receipt printer cuts paper", later)).isTrue();
        }
    }

    private static void deleteAll(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
