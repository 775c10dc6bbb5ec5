package org.techbench.store.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportOptions;
import org.techbench.store.DataFolder;

/**
 * A laptop that works without pause until it is killed: an asset made, then edited; every third
 * round an inspection answered, every fifth a file of 40 assets imported, every fourth a sync that
 * pulls the hub's pages. After each commit it prints what the user was told was saved, which must
 * survive any kill that follows: {@code ACK <asset id> <name>}, {@code ANSWER <result id>},
 * {@code IMPORTED <tag prefix>}; {@code IMPORTING <tag prefix>} comes before an import starts.
 */
public final class WritingLaptop {

    static final int IMPORT_ROWS = 40;

    private WritingLaptop() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        String run = args[1];
        String hubUrl = args.length > 2 ? args[2] : null;
        Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemUTC(), "crash");
        Site site = workbench.sites().all().stream().filter(s -> s.code().equals("K1")).findFirst()
                .orElseGet(() -> workbench.sites().save(new Site(null, "K1", "Kill test", "", ZoneId.of("Asia/Shanghai"),
                        "", null, null, false)));
        workbench.maintenance().seedBuiltIns();
        ChecklistTemplate check = workbench.maintenance().templatesFor(AssetKind.DESKTOP).getFirst();
        if (hubUrl != null) {
            workbench.sync().signIn(hubUrl, "lin", args[3].toCharArray());
        }
        for (int i = 0; ; i++) {
            Asset made = workbench.assets().save(new Asset(null, site.id(), "K1-" + run + "-" + i, "Made " + i,
                    AssetKind.DESKTOP, "Dell", "7010", "S" + run + i, "Desk " + i, null, null, AssetStatus.IN_SERVICE,
                    LocalDate.of(2025, 1, 1), null, null, false));
            say("ACK " + made.id() + " " + made.name());
            Asset edited = new Asset(made.id(), made.siteId(), made.tag(), "Edited " + i, made.kind(), made.make(),
                    made.model(), made.serial(), "Room " + i, made.ipAddress(), made.hostname(), made.status(),
                    made.purchasedOn(), made.warrantyEndsOn(), made.notes(), made.archived());
            workbench.assets().save(edited);
            say("ACK " + made.id() + " " + edited.name());
            if (i % 3 == 0) {
                Inspection inspection = workbench.maintenance().start(made.id(), check.id());
                var result = workbench.maintenance().answer(inspection.id(), check.items().getFirst().id(),
                        Answer.verdict(CheckOutcome.PASS));
                say("ANSWER " + result.id());
            }
            if (i % 5 == 0) {
                String prefix = "K1-" + run + "-IMP" + i + "-";
                say("IMPORTING " + prefix);
                Path file = data.resolve("import-" + run + "-" + i + ".csv");
                StringBuilder csv = new StringBuilder("Site,Tag,Name,Kind,Serial\n");
                for (int n = 0; n < IMPORT_ROWS; n++) {
                    csv.append("K1,").append(prefix).append(n).append(",Imported ").append(n).append(",LAPTOP,I")
                            .append(run).append('-').append(i).append('-').append(n).append('\n');
                }
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                var plan = workbench.assetImport().plan(file, ImportOptions.defaults(), Progress.NONE);
                workbench.assetImport().apply(plan, Progress.NONE);
                say("IMPORTED " + prefix);
            }
            if (hubUrl != null && i % 4 == 0) {
                say("SYNCING");
                workbench.sync().sync(Progress.NONE);
                say("SYNCED");
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
