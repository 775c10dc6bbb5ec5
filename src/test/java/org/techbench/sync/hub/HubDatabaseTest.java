package org.techbench.sync.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

            long expectedKilobytes = Math.min(1_048_576, Runtime.getRuntime().maxMemory() / 1024 / 4);
            assertThat(Long.parseLong(cacheMegabytes.toString())).isEqualTo(expectedKilobytes / 1024);
        }
    }
}
