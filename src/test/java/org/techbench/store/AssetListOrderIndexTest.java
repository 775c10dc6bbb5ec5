package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbench.schema.Tables.ASSET;

import java.nio.file.Path;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetListOrderIndexTest {

    @TempDir
    Path folder;

    @Test
    void theListAsFirstShownIsReadFromOneIndexInTagOrderWithoutVisitingTheRows() {
        try (Store store = TestStores.open(folder)) {
            String query = store.dsl().select(ASSET.ID).from(ASSET).where(ASSET.ARCHIVED.isFalse())
                    .orderBy(ASSET.TAG.asc().nullsLast(), ASSET.ID.asc()).getSQL(ParamType.INLINED);
            String plan = String.valueOf(store.dsl().fetchValue("EXPLAIN " + query));

            assertThat(plan).contains("asset_list_order_idx").contains("/* index sorted */");
        }
    }
}
