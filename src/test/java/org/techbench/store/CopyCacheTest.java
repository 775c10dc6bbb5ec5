package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyCacheTest {

    @TempDir
    Path folder;

    private static long cacheMegabytes(Store store) {
        return Long.parseLong(store.dsl().fetchValue("select setting_value from information_schema.settings "
                + "where setting_name = 'info.CACHE_MAX_SIZE'").toString());
    }

    @Test
    void aBulkCopyRunsWithASmallPageCache() {
        try (Store store = TestStores.open(folder)) {
            long during = store.withCopyCache(() -> cacheMegabytes(store));

            assertThat(during).isEqualTo(32);
        }
    }

    @Test
    void theUsualPageCacheComesBackAfterTheCopy() {
        try (Store store = TestStores.open(folder)) {
            long before = cacheMegabytes(store);

            store.withCopyCache(() -> null);

            // The tests run with -Xmx2g (surefire's argLine): an eighth of it is over the 128 MB cap.
            assertThat(cacheMegabytes(store)).isEqualTo(before).isEqualTo(128);
        }
    }

    @Test
    void theUsualPageCacheComesBackWhenTheCopyFails() {
        try (Store store = TestStores.open(folder)) {
            long before = cacheMegabytes(store);

            assertThatThrownBy(() -> store.withCopyCache(() -> {
                throw new IllegalStateException("connection lost");
            })).hasMessage("connection lost");

            assertThat(cacheMegabytes(store)).isEqualTo(before);
        }
    }
}
