package org.techbench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.SearchText;
import org.techbench.domain.asset.WarrantyState;

/**
 * A compact in-memory copy of what the asset list filters on, one slot per asset: the searchable
 * fields joined and normalised, and the kind, status, site, warranty end and archived flag.
 * H2 needs 100-250 ms to evaluate a substring search over 100k rows; a scan of this copy takes a
 * few milliseconds. Immutable: a write makes the next query build a new one.
 */
final class AssetSearchIndex {

    /** Separates fields in the joined text so that a search never matches across two fields. */
    static final char FIELD_SEPARATOR = '\u0001';

    private final UUID[] ids;
    private final String[] text;
    private final byte[] kinds;
    private static final List<AssetStatus> STATUSES = List.of(AssetStatus.values());

    private final byte[] statuses;
    private final int[] sites;
    private final LocalDate[] warrantyEnds;
    private final boolean[] archived;
    private final Map<UUID, Integer> slots;
    private final Map<UUID, Integer> siteNumbers;

    private AssetSearchIndex(List<Entry> entries) {
        int n = entries.size();
        ids = new UUID[n];
        text = new String[n];
        kinds = new byte[n];
        statuses = new byte[n];
        sites = new int[n];
        warrantyEnds = new LocalDate[n];
        archived = new boolean[n];
        slots = HashMap.newHashMap(n);
        siteNumbers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ids[i] = e.id();
            text[i] = e.text();
            kinds[i] = (byte) e.kind().ordinal();
            statuses[i] = (byte) e.status().ordinal();
            sites[i] = siteNumbers.computeIfAbsent(e.siteId(), site -> siteNumbers.size());
            warrantyEnds[i] = e.warrantyEndsOn();
            archived[i] = e.archived();
            slots.put(e.id(), i);
        }
    }

    /** What one asset contributes to the index. */
    record Entry(UUID id, UUID siteId, String text, AssetKind kind, AssetStatus status, LocalDate warrantyEndsOn,
                 boolean archived) {
    }

    static AssetSearchIndex of(List<Entry> entries) {
        return new AssetSearchIndex(entries);
    }

    static String joinFields(String... fields) {
        StringBuilder joined = new StringBuilder(96);
        for (String field : fields) {
            if (field != null) {
                joined.append(SearchText.normalize(field));
            }
            joined.append(FIELD_SEPARATOR);
        }
        return joined.toString();
    }

    int size() {
        return ids.length;
    }

    Integer slotOf(UUID id) {
        return slots.get(id);
    }

    /** The ids that pass the filter, visiting slots in the given order (or its reverse). */
    List<UUID> match(AssetFilter filter, LocalDate today, int[] order, boolean ascending) {
        List<String> words = SearchText.words(filter.text());
        int site = filter.siteId() == null ? -1 : siteNumbers.getOrDefault(filter.siteId(), -2);
        int kind = filter.kind() == null ? -1 : filter.kind().ordinal();
        List<UUID> matches = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[ascending ? k : order.length - 1 - k];
            if ((archived[i] && !filter.includeArchived())
                    || (site != -1 && sites[i] != site)
                    || (kind != -1 && kinds[i] != kind)
                    || !filter.admits(STATUSES.get(statuses[i]))
                    || (filter.warranty() != null && WarrantyState.of(warrantyEnds[i], today) != filter.warranty())
                    || !containsAll(text[i], words)) {
                continue;
            }
            matches.add(ids[i]);
        }
        return matches;
    }

    private static boolean containsAll(String haystack, List<String> words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
