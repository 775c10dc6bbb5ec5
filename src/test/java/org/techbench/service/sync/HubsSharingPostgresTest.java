package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.PostgresFixture;

/** Two hub processes' worth of servers on one PostgreSQL, serving laptops at the same time. */
class HubsSharingPostgresTest {

    private static final int LAPTOPS = 4;
    private static final int ROUNDS = 8;

    @TempDir
    Path folder;

    @Test
    void laptopsSyncingThroughTwoHubsOnOneDatabaseLoseAndDoubleNothing() throws Exception {
        try (PostgresFixture postgres = PostgresFixture.start()) {
            String url = HubSyncOnPostgresTest.freshDatabase(postgres);
            try (HubFixture first = new HubFixture(folder.resolve("hub-1"), Clock.systemUTC(), url);
                 HubFixture second = new HubFixture(folder.resolve("hub-2"), Clock.systemUTC(), url)) {
                first.withManager("m0").withManager("m1").withManager("m2").withManager("m3");
                List<Workbench> laptops = new ArrayList<>();
                try {
                    for (int i = 0; i < LAPTOPS; i++) {
                        Workbench laptop = Workbench.open(new DataFolder(folder.resolve("laptop-" + i)), Clock.systemUTC(), "m" + i);
                        laptop.sync().signIn((i % 2 == 0 ? first : second).url, "m" + i, HubFixture.PASSWORD.toCharArray());
                        laptops.add(laptop);
                    }
                    Site site = laptops.getFirst().sites().save(HubSyncContract.site("H1"));
                    laptops.getFirst().sync().sync(Progress.NONE);
                    for (Workbench laptop : laptops) {
                        laptop.sync().sync(Progress.NONE);
                    }

                    List<Future<?>> work = new ArrayList<>();
                    try (var pool = Executors.newFixedThreadPool(LAPTOPS)) {
                        for (int i = 0; i < LAPTOPS; i++) {
                            Workbench laptop = laptops.get(i);
                            int number = i;
                            Callable<Void> edits = () -> {
                                for (int round = 0; round < ROUNDS; round++) {
                                    laptop.assets().save(HubSyncContract.asset(site.id(), "L" + number + "-" + round));
                                    laptop.sync().sync(Progress.NONE);
                                }
                                return null;
                            };
                            work.add(pool.submit(edits));
                        }
                    }
                    for (Future<?> done : work) {
                        done.get();
                    }
                    for (int round = 0; round < 2; round++) {
                        for (Workbench laptop : laptops) {
                            laptop.sync().sync(Progress.NONE);
                        }
                    }

                    for (Workbench laptop : laptops) {
                        assertThat(laptop.assets().match(AssetFilter.all())).hasSize(LAPTOPS * ROUNDS);
                        assertThat(laptop.sync().standing().pendingChanges()).isZero();
                    }
                    try (var connection = DriverManager.getConnection(url);
                         var statement = connection.createStatement();
                         var log = statement.executeQuery("select count(*), min(pos), max(pos) from hub_change")) {
                        log.next();
                        assertThat(log.getLong(2)).as("the log starts at 1").isEqualTo(1);
                        assertThat(log.getLong(3)).as("positions have no gaps").isEqualTo(log.getLong(1));
                    }
                } finally {
                    laptops.forEach(Workbench::close);
                }
            }
        }
    }
}
