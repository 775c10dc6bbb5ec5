package org.techbench.sync.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void anH2HubKeepsAQuarterOfItsHeapForPagesAndAtMostAGigabyte() {
        try (HubDatabase hub = HubDatabase.open(null, folder)) {
            Object cacheMegabytes = hub.dsl().fetchValue("select setting_value from information_schema.settings "
                    + "where setting_name = 'info.CACHE_MAX_SIZE'");

            // The tests run with -Xmx2g (surefire's argLine): a quarter of the heap the JVM reports.
            long quarterOfHeap = Runtime.getRuntime().maxMemory() / 1024 / 1024 / 4;
            assertThat(quarterOfHeap).isBetween(400L, 512L);
            assertThat(Long.parseLong(cacheMegabytes.toString())).isEqualTo(quarterOfHeap);
        }
    }

    @Test
    void aHubWhoseDatabaseAnotherHubHoldsIsToldToStopThatHubFirst() throws Exception {
        HubDatabase.open(null, folder).close();
        byte[] before = Files.readAllBytes(folder.resolve("hub.mv.db"));
        // Another hub process holds the file the way H2 does: with a lock on it.
        try (FileChannel other = FileChannel.open(folder.resolve("hub.mv.db"), StandardOpenOption.WRITE);
             var lock = other.lock()) {
            assertThatThrownBy(() -> HubDatabase.open(null, folder))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already open in another hub")
                    .hasMessageContaining("Stop that hub first");
        }
        assertThat(Files.readAllBytes(folder.resolve("hub.mv.db"))).isEqualTo(before);
    }

    @Test
    void aHubWhoseDatabaseIsDamagedSaysSoAndLeavesTheFileAlone() throws Exception {
        Files.write(folder.resolve("hub.mv.db"), "not a database, only words".repeat(400).getBytes());
        byte[] before = Files.readAllBytes(folder.resolve("hub.mv.db"));

        assertThatThrownBy(() -> HubDatabase.open(null, folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be opened")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(folder.resolve("hub.mv.db"))).isEqualTo(before);
    }
}
