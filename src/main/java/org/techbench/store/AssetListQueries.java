package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.SITE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.SortField;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.asset.AssetStatus;

/**
 * The asset list's queries: which assets match a filter, in which order, and their rows a page at
 * a time. The database sorts (one id list per sort key, kept until the next write); the matching
 * runs over {@link AssetSearchIndex}.
 */
public final class AssetListQueries {

    private final Store store;
    private volatile Snapshot snapshot;

    public AssetListQueries(Store store) {
        this.store = store;
    }

    /** The ids of the assets that pass the filter, in its order. */
    public List<UUID> match(AssetFilter filter, LocalDate today) {
        if (filter.selectsAllByTag() && !ready()) {
            // The list as first shown needs no search index: the tag index gives it at once, while the
            // search index is still being built (about a second for 100k assets in a fresh JVM).
            List<UUID> ids = store.dsl().select(ASSET.ID).from(ASSET).where(ASSET.ARCHIVED.isFalse())
                    .orderBy(ASSET.TAG.asc().nullsLast(), ASSET.ID.asc()).fetch(ASSET.ID);
            if (!filter.ascending()) {
                Collections.reverse(ids);
            }
            return ids;
        }
        Snapshot current = current();
        int[] order = current.order(filter.sortBy());
        return current.index().match(filter, today, order, filter.ascending());
    }

    /** Whether a search would be answered at once, without building the index first. */
    public boolean ready() {
        Snapshot built = snapshot;
        return built != null && built.assetVersion() == store.version(ASSET.getName())
                && built.siteVersion() == store.version(SITE.getName());
    }

    /**
     * The first rows of the list as first shown (all assets by tag), straight from the tag index:
     * what the window shows while the full list and the search index are still being read.
     */
    public List<AssetListRow> firstRowsByTag(int limit) {
        List<UUID> ids = store.dsl().select(ASSET.ID).from(ASSET).where(ASSET.ARCHIVED.isFalse())
                .orderBy(ASSET.TAG.asc().nullsLast(), ASSET.ID.asc()).limit(limit).fetch(ASSET.ID);
        return rows(ids);
    }

    /** The list rows of these assets, in the same order; ids of assets since removed are left out. */
    public List<AssetListRow> rows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AssetListRow> byId = HashMap.newHashMap(ids.size());
        store.dsl().select(ASSET.ID, ASSET.SITE_ID, SITE.CODE, ASSET.TAG, ASSET.NAME, ASSET.KIND, ASSET.MAKE, ASSET.MODEL,
                        ASSET.SERIAL, ASSET.IP_ADDRESS, ASSET.HOSTNAME, ASSET.STATUS, ASSET.WARRANTY_ENDS_ON, ASSET.ARCHIVED)
                .from(ASSET).join(SITE).on(SITE.ID.eq(ASSET.SITE_ID))
                .where(ASSET.ID.in(ids))
                .forEach(r -> byId.put(r.value1(), new AssetListRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), AssetKind.valueOf(r.value6()), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11(), AssetStatus.valueOf(r.value12()), r.value13(), r.value14())));
        List<AssetListRow> rows = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            AssetListRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Builds the index now (for example in the background after start-up) rather than on the first search. */
    public void prepare() {
        current().order(AssetSortKey.TAG);
    }

    private synchronized Snapshot current() {
        long assets = store.version(ASSET.getName());
        long sites = store.version(SITE.getName());
        if (snapshot == null || snapshot.assetVersion() != assets || snapshot.siteVersion() != sites) {
            AssetSearchIndex index = buildIndex();
            Map<AssetSortKey, int[]> orders = new EnumMap<>(AssetSortKey.class);
            // The index is read in tag order, so the default order needs no query of its own.
            int[] byTag = new int[index.size()];
            Arrays.setAll(byTag, i -> i);
            orders.put(AssetSortKey.TAG, byTag);
            snapshot = new Snapshot(assets, sites, index, orders);
        }
        return snapshot;
    }

    private AssetSearchIndex buildIndex() {
        List<AssetSearchIndex.Entry> entries = new ArrayList<>();
        store.dsl().select(ASSET.ID, ASSET.SITE_ID, ASSET.TAG, ASSET.NAME, ASSET.SERIAL, ASSET.MAKE, ASSET.MODEL,
                        ASSET.IP_ADDRESS, ASSET.HOSTNAME, ASSET.KIND, ASSET.STATUS, ASSET.WARRANTY_ENDS_ON, ASSET.ARCHIVED)
                .from(ASSET)
                .orderBy(ASSET.TAG.asc().nullsLast(), ASSET.ID.asc())
                .forEach(r -> entries.add(new AssetSearchIndex.Entry(r.value1(), r.value2(),
                        AssetSearchIndex.joinFields(r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                                r.value8(), r.value9()),
                        AssetKind.valueOf(r.value10()), AssetStatus.valueOf(r.value11()), r.value12(), r.value13())));
        return AssetSearchIndex.of(entries);
    }

    private int[] sortedSlots(AssetSearchIndex index, AssetSortKey key) {
        int[] order = new int[index.size()];
        int[] filled = {0};
        store.dsl().select(ASSET.ID).from(ASSET).join(SITE).on(SITE.ID.eq(ASSET.SITE_ID))
                .orderBy(sortField(key), ASSET.TAG.asc(), ASSET.ID.asc())
                .forEach(r -> {
                    Integer slot = index.slotOf(r.value1());
                    if (slot != null && filled[0] < order.length) {
                        order[filled[0]++] = slot;
                    }
                });
        return filled[0] == order.length ? order : Arrays.copyOf(order, filled[0]);
    }

    private static SortField<?> sortField(AssetSortKey key) {
        Field<?> field = switch (key) {
            case TAG -> ASSET.TAG;
            case NAME -> ASSET.NAME;
            case SITE -> SITE.CODE;
            case KIND -> ASSET.KIND;
            case MAKE -> ASSET.MAKE;
            case MODEL -> ASSET.MODEL;
            case SERIAL -> ASSET.SERIAL;
            case IP_ADDRESS -> ASSET.IP_ADDRESS;
            case HOSTNAME -> ASSET.HOSTNAME;
            case STATUS -> ASSET.STATUS;
            case WARRANTY_ENDS_ON -> ASSET.WARRANTY_ENDS_ON;
        };
        return field.asc().nullsLast();
    }

    /** The index and the sort orders made from one version of the asset and site tables. */
    private final class Snapshot {
        private final long assetVersion;
        private final long siteVersion;
        private final AssetSearchIndex index;
        private final Map<AssetSortKey, int[]> orders;

        Snapshot(long assetVersion, long siteVersion, AssetSearchIndex index, Map<AssetSortKey, int[]> orders) {
            this.assetVersion = assetVersion;
            this.siteVersion = siteVersion;
            this.index = index;
            this.orders = orders;
        }

        long assetVersion() {
            return assetVersion;
        }

        long siteVersion() {
            return siteVersion;
        }

        AssetSearchIndex index() {
            return index;
        }

        synchronized int[] order(AssetSortKey key) {
            return orders.computeIfAbsent(key, k -> sortedSlots(index, k));
        }
    }
}
