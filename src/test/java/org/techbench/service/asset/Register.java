package org.techbench.service.asset;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** A workbench on a real H2 file in a temporary folder, with two sites, for asset register tests. */
final class Register implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** The language the workbench speaks; English unless a test changes it. */
    final AtomicReference<Locale> language = new AtomicReference<>(Locale.ENGLISH);
    final Workbench workbench;
    final Site north;
    final Site south;

    Register(Path folder) {
        workbench = Workbench.open(new DataFolder(folder),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "tester", backups -> { },
                language::get);
        north = workbench.sites().save(new Site(null, "N1", "North plant 北厂", "1 River Road", ZoneId.of("Asia/Shanghai"),
                "Li Na", "+86 21 5555 0101", "it@north.example", false));
        south = workbench.sites().save(new Site(null, "S2", "South office", "2 Hill Street", ZoneId.of("Asia/Shanghai"),
                null, null, null, false));
    }

    AssetService assets() {
        return workbench.assets();
    }

    Asset save(Site site, String tag, String name, AssetKind kind, String serial, String ip, LocalDate warrantyEnds) {
        return assets().save(new Asset(null, site.id(), tag, name, kind, "Dell", "PowerEdge R750", serial, "Rack 1", ip,
                null, AssetStatus.IN_SERVICE, LocalDate.of(2022, 1, 10), warrantyEnds, null, false));
    }

    Asset server(Site site, String tag) {
        return save(site, tag, "Server " + tag, AssetKind.SERVER, "SN-" + tag, "10.0.0.9", TODAY.plusYears(2));
    }

    long assetCount() {
        return assets().match(AssetFilter.all().withArchived(true)).size();
    }

    long pendingChanges() {
        return workbench.overview().pendingChanges();
    }

    @Override
    public void close() {
        workbench.close();
    }
}
