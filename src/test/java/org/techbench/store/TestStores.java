package org.techbench.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.domain.site.Site;
import org.techbench.replication.Ids;

/** Helpers for tests that need a real store in a temporary folder. */
public final class TestStores {

    private TestStores() {
    }

    public static Store open(Path folder) {
        return Store.open(new DataFolder(folder), Clock.systemUTC());
    }

    /** The JDBC address of the store in a folder, for tests that read it directly after closing it. */
    public static String jdbcUrl(Path folder) {
        return Store.url(new DataFolder(folder));
    }

    public static Site site(String code) {
        return new Site(Ids.next(), code, "Site " + code, "Shanghai", ZoneId.of("Asia/Shanghai"), "Wang Wei",
                "+86 21 1234 5678", "it@example.cn", false);
    }

    public static Contract contract(UUID siteId) {
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(p, new ServiceTarget(java.time.Duration.ofMinutes(30L * (p.ordinal() + 1)),
                    java.time.Duration.ofHours(4L * (p.ordinal() + 1))));
        }
        return new Contract(Ids.next(), siteId, "C-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 3, targets);
    }

    public static Asset asset(UUID siteId, String tag) {
        return new Asset(Ids.next(), siteId, tag, "Dell PowerEdge R750", AssetKind.SERVER, "Dell", "PowerEdge R750",
                "SN-" + tag, "Rack 2", "10.0.0.5", tag.toLowerCase() + ".corp.local", AssetStatus.IN_SERVICE,
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1), null, false);
    }

    /**
     * Fills a store with {@code assets} assets at a site S1 (tags PC-0, PC-1, …), then archives the
     * first and brings it back, {@code saves} commits of one change each (archived after an odd
     * count): a store file that is mostly old versions.
     */
    public static void fillWithOldVersions(Store store, int assets, int saves) {
        UUID technician = UUID.randomUUID();
        AssetRepository repository = new AssetRepository(store);
        Site site = site("S1");
        java.util.List<Asset> all = java.util.stream.IntStream.range(0, assets).mapToObj(i -> asset(site.id(), "PC-" + i)).toList();
        store.write(technician, tx -> {
            new SiteRepository(store).insertAll(tx, java.util.List.of(site));
            repository.insertAll(tx, all);
            return null;
        });
        for (int i = 0; i < saves; i++) {
            boolean archived = i % 2 == 0;
            store.write(technician, tx -> {
                repository.setArchived(tx, all.getFirst().id(), archived);
                return null;
            });
        }
    }
}
