package org.techbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.people.Role;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.sync.HubHost;
import org.techbench.store.DataFolder;

/**
 * A technician's day in small, in throwaway folders: the work of the training run from which the
 * build makes the JVM's ahead-of-time cache ({@code org.techbench.TrainingRun}).
 */
public final class CacheTraining {

    private static final String USER = "training";
    private static final String PASSWORD = "training run password";

    private CacheTraining() {
    }

    /** A day: a store filled and searched, a hub made from it, a fresh laptop's first sync and a push. Returns the rows copied. */
    public static long run(Path work, int assets) {
        Clock clock = Clock.systemUTC();
        DataFolder office = new DataFolder(work.resolve("office"));
        try (Workbench workbench = Workbench.open(office, clock, USER)) {
            workbench.demoData().create(new DemoDataOptions(3, assets, Math.max(assets / 10, 1), 42, LocalDate.now(clock)),
                    workbench.technicians().currentId(), Progress.NONE);
            List<UUID> ids = workbench.assets().match(AssetFilter.all());
            workbench.assets().rows(ids.subList(0, Math.min(200, ids.size())));
            workbench.assets().match(new AssetFilter("server", null, null, null, null, false, AssetSortKey.NAME, true));
            workbench.assetExport().export(work.resolve("assets.xlsx"), AssetFilter.all(), Progress.NONE);
        }
        Path hubFolder = work.resolve("hub");
        copy(office.database(), hubFolder.resolve("hub.mv.db"));
        try (HubHost hub = HubHost.open(null, hubFolder, clock)) {
            hub.addUser(USER, Role.SUPPORT_MANAGER, List.of(), PASSWORD.toCharArray());
            int port = hub.serve("127.0.0.1", 0, null, null);
            try (Workbench laptop = Workbench.open(new DataFolder(work.resolve("laptop")), clock, USER)) {
                laptop.sync().signIn("http://127.0.0.1:" + port, USER, PASSWORD.toCharArray());
                long copied = laptop.sync().sync(Progress.NONE).snapshotRows();
                List<UUID> ids = laptop.assets().match(AssetFilter.all());
                for (int i = 0; i < Math.min(300, ids.size()); i++) {
                    Asset a = laptop.assets().detail(ids.get(i)).asset();
                    laptop.assets().save(new Asset(a.id(), a.siteId(), a.tag(), a.name(), a.kind(), a.make(), a.model(),
                            a.serial(), "Training room " + i, a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(),
                            a.warrantyEndsOn(), a.notes(), a.archived()));
                }
                laptop.sync().sync(Progress.NONE);
                return copied;
            }
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
