package org.techbench.store.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/**
 * A laptop that writes without pause until it is killed: an asset made, then edited, again and
 * again. After each commit it prints {@code ACK <asset id> <name>}: a write the user was told was
 * saved, which must survive any kill that follows.
 */
public final class WritingLaptop {

    private WritingLaptop() {
    }

    public static void main(String[] args) {
        Workbench workbench = Workbench.open(new DataFolder(Path.of(args[0])), Clock.systemUTC(), "crash");
        Site site = workbench.sites().all().stream().filter(s -> s.code().equals("K1")).findFirst()
                .orElseGet(() -> workbench.sites().save(new Site(null, "K1", "Kill test", "", ZoneId.of("Asia/Shanghai"),
                        "", null, null, false)));
        String run = args[1];
        for (int i = 0; ; i++) {
            Asset made = workbench.assets().save(new Asset(null, site.id(), "K1-" + run + "-" + i, "Made " + i,
                    AssetKind.DESKTOP, "Dell", "7010", "S" + run + i, "Desk " + i, null, null, AssetStatus.IN_SERVICE,
                    LocalDate.of(2025, 1, 1), null, null, false));
            System.out.println("ACK " + made.id() + " " + made.name());
            System.out.flush();
            Asset edited = new Asset(made.id(), made.siteId(), made.tag(), "Edited " + i, made.kind(), made.make(),
                    made.model(), made.serial(), "Room " + i, made.ipAddress(), made.hostname(), made.status(),
                    made.purchasedOn(), made.warrantyEndsOn(), made.notes(), made.archived());
            workbench.assets().save(edited);
            System.out.println("ACK " + made.id() + " " + edited.name());
            System.out.flush();
        }
    }
}
