package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.sync.hub.MovableClock;
import org.techbench.ui.common.Background;
import org.techbench.ui.sync.SyncState;
import org.techbench.ui.sync.SyncViewModel;

/** The Sync screen's model against a real hub, without the toolkit: its timer, Cancel, sign-out and conflicts. */
class SyncViewModelTest {

    @TempDir
    Path folder;
    final MovableClock screenClock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    HubFixture hub;
    Workbench laptop;
    ExecutorService uiThread;
    Background background;
    SyncViewModel model;

    @BeforeEach
    void signedInLaptop() throws Exception {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withManager("wei");
        laptop = Workbench.open(new DataFolder(folder.resolve("laptop")), Clock.systemDefaultZone(), "lin");
        uiThread = Executors.newSingleThreadExecutor();
        background = new Background(uiThread);
        model = new SyncViewModel(laptop.sync(), background, screenClock, () -> { });
        onUi(() -> {
            model.hubUrl().set(hub.url);
            model.user().set("lin");
            model.password().set(HubFixture.PASSWORD);
            model.signIn();
        });
        Await.until(() -> onUi(() -> model.state().get()) == SyncState.SYNCED);
    }

    @AfterEach
    void close() {
        background.close();
        uiThread.shutdownNow();
        laptop.close();
        hub.close();
    }

    @Test
    void theTimerSyncsFiveMinutesAfterTheLastSyncAndNotBefore() throws Exception {
        screenClock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(onUi(() -> {
            model.tick();
            return model.running().get();
        })).as("a sync started 4:59 after the last").isFalse();

        screenClock.advance(Duration.ofSeconds(1));
        assertThat(onUi(() -> {
            model.tick();
            return model.running().get();
        })).as("a sync started 5:00 after the last").isTrue();
    }

    @Test
    void aHubOutOfReachIsTriedAgainAfterThirtySeconds() throws Exception {
        hub.close();
        onUi(model::syncNow);
        Await.until(() -> onUi(() -> model.state().get()) == SyncState.OFFLINE);

        screenClock.advance(Duration.ofSeconds(29));
        assertThat(onUi(() -> {
            model.tick();
            return model.running().get();
        })).as("tried again after 29 s").isFalse();
        screenClock.advance(Duration.ofSeconds(1));
        assertThat(onUi(() -> {
            model.tick();
            return model.running().get();
        })).as("tried again after 30 s").isTrue();
        // The try ends before the store closes: a sync still writing would keep its files open.
        Await.until(() -> !onUi(() -> model.running().get()));
    }

    @Test
    void signingOutForgetsTheSessionAndAsksToSignInAgain() throws Exception {
        assertThat(laptop.sync().standing().refreshToken()).isNotNull();

        onUi(model::signOut);

        Await.until(() -> onUi(() -> model.state().get()) == SyncState.SIGN_IN_NEEDED);
        assertThat(laptop.sync().standing().refreshToken()).isNull();
        assertThat(onUi(() -> {
            model.syncNow();
            return model.running().get();
        })).as("a sync started while signed out").isFalse();
    }

    @Test
    void cancellingASyncStopsItAndKeepsWhatWaitsToGoUp() throws Exception {
        Site site = laptop.sites().save(new Site(null, "C1", "Cancel plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
        for (int i = 1; i <= 50; i++) {
            laptop.assets().save(new Asset(null, site.id(), "C1-PC-" + i, "Desk PC", AssetKind.DESKTOP, "Dell", "7010",
                    null, null, null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
        }
        int waiting = laptop.sync().standing().pendingChanges();

        onUi(() -> {
            model.syncNow();
            model.cancel();
        });

        Await.until(() -> onUi(() -> !model.running().get()));
        assertThat(onUi(() -> model.message().get())).contains("ancel");
        assertThat(laptop.sync().standing().pendingChanges()).isEqualTo(waiting);
    }

    @Test
    void theLaptopsClockMoreThanTwoMinutesOffTheHubsIsWarnedAbout() throws Exception {
        assertThat(onUi(() -> model.clockOffset().get())).as("warning with the clocks together").isNull();
        try (HubFixture farAhead = new HubFixture(folder.resolve("hub-ahead"),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3))).withManager("lin")) {
            onUi(() -> {
                model.hubUrl().set(farAhead.url);
                model.password().set(HubFixture.PASSWORD);
                model.signIn();
            });
            Await.until(() -> onUi(() -> model.clockOffset().get()) != null);
            assertThat(onUi(() -> model.clockOffset().get())).isBetween(170_000L, 190_000L);
        }
    }

    @Test
    void thePasswordIsNeverWrittenToTheLaptopsDisk() throws Exception {
        String refreshToken = laptop.sync().standing().refreshToken();
        assertThat(onUi(() -> model.password().get())).isEmpty();
        laptop.close();

        assertThat(filesContaining(folder.resolve("laptop"), refreshToken)).as("where the session is kept").isNotEmpty();
        assertThat(filesContaining(folder.resolve("laptop"), HubFixture.PASSWORD)).isEmpty();
        laptop = Workbench.open(new DataFolder(folder.resolve("laptop")), Clock.systemDefaultZone(), "lin");
    }

    private static java.util.List<Path> filesContaining(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return indexOf(Files.readAllBytes(file), needle) >= 0;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private <T> T onUi(java.util.concurrent.Callable<T> work) throws Exception {
        return uiThread.submit(work).get();
    }

    private void onUi(Runnable work) throws Exception {
        uiThread.submit(work).get();
    }
}
