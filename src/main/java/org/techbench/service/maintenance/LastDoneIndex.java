package org.techbench.service.maintenance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.store.MaintenanceRepository;

/**
 * When each asset last had each check done, by template code and item key (so a new version of a
 * template carries the history of the old). Built once from the results in one grouped pass and
 * kept in memory: a hundred thousand assets' due dates are then worked out in milliseconds.
 */
final class LastDoneIndex {

    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<UUID, int[]> daysByAsset = new HashMap<>();

    static LastDoneIndex build(MaintenanceRepository repository) {
        LastDoneIndex index = new LastDoneIndex();
        Map<UUID, ChecklistItem> items = repository.everyItem();
        Map<UUID, String> codes = repository.templateCodes();
        repository.lastDone(done -> {
            ChecklistItem item = items.get(done.itemId());
            if (item != null) {
                index.record(done.assetId(), codes.get(item.templateId()), item.key(), done.on());
            }
        });
        return index;
    }

    /** Notes a check done, keeping the later day when one is known already. */
    synchronized void record(UUID assetId, String templateCode, String itemKey, LocalDate on) {
        int slot = slots.computeIfAbsent(templateCode + "\u0000" + itemKey, key -> slots.size());
        int[] days = daysByAsset.get(assetId);
        if (days == null || days.length <= slot) {
            int[] grown = new int[Math.max(slot + 1, slots.size() + 4)];
            if (days != null) {
                System.arraycopy(days, 0, grown, 0, days.length);
            }
            days = grown;
            daysByAsset.put(assetId, days);
        }
        // 0 means never: a check done on 1 January 1970 is older than anything a laptop holds.
        int day = (int) on.toEpochDay();
        if (day > days[slot]) {
            days[slot] = day;
        }
    }

    /** Where a check's day sits in {@link #days}, or -1 when it was never done on any asset. */
    synchronized int slot(String templateCode, String itemKey) {
        return slots.getOrDefault(templateCode + "\u0000" + itemKey, -1);
    }

    /**
     * The epoch days the asset last had each check done, by {@link #slot} (0 when never; the array
     * may be shorter than the slots). Null when nothing was ever done on it. Read it under this
     * index's lock.
     */
    int[] days(UUID assetId) {
        return daysByAsset.get(assetId);
    }
}
