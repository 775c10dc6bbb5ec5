package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.techbench.service.ScreenLock;
import org.techbench.service.ScreenLockPins;
import org.techbench.sync.hub.MovableClock;
import org.techbench.ui.common.Background;
import org.techbench.ui.settings.ScreenLockSettingsViewModel;
import org.techbench.ui.shell.ScreenLockViewModel;

/** The screen lock: when it locks, which PIN opens it, and how Settings sets it. */
class ScreenLockViewModelTest {

    private static final ScreenLockPins PINS = new ScreenLockPins();
    private static final String PIN_2468 = PINS.hash("2468");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final Background background = new Background(Runnable::run);
    private final AtomicReference<ScreenLock> settings = new AtomicReference<>(new ScreenLock(5, PIN_2468));
    private final ScreenLockViewModel lock = new ScreenLockViewModel(PINS, background, clock, settings::get);

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void theWindowLocksOnlyOnceIdleForTheChosenTime() {
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        lock.tick();
        assertThat(lock.locked().get()).isFalse();
        lock.activity();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        lock.tick();
        assertThat(lock.locked().get()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        lock.tick();
        assertThat(lock.locked().get()).isTrue();
    }

    @Test
    void withoutAPinTheWindowNeverLocks() {
        settings.set(new ScreenLock(5, ""));
        clock.advance(Duration.ofHours(2));
        lock.tick();
        lock.lockNow();
        assertThat(lock.locked().get()).isFalse();
    }

    @Test
    void theRightPinOpensTheWindowAndAWrongOneSaysSo() throws Exception {
        lock.lockNow();
        lock.unlock("1357");
        Await.until(() -> lock.message().get() == ScreenLockViewModel.Message.WRONG);
        assertThat(lock.locked().get()).isTrue();
        lock.unlock("2468");
        Await.until(() -> !lock.locked().get());
        assertThat(lock.message().get()).isEqualTo(ScreenLockViewModel.Message.NONE);
    }

    @Test
    void fiveWrongPinsInARowMakeEvenTheRightOneWaitHalfAMinute() throws Exception {
        lock.lockNow();
        for (int i = 0; i < 5; i++) {
            lock.unlock("0000");
            Await.until(() -> lock.message().get() != ScreenLockViewModel.Message.CHECKING);
        }
        assertThat(lock.message().get()).isEqualTo(ScreenLockViewModel.Message.WAIT);
        lock.unlock("2468");
        assertThat(lock.locked().get()).isTrue();
        assertThat(lock.message().get()).isEqualTo(ScreenLockViewModel.Message.WAIT);
        clock.advance(Duration.ofSeconds(30));
        lock.unlock("2468");
        Await.until(() -> !lock.locked().get());
    }

    @Test
    void settingsRefuseAPinThatIsNotDigitsOrNotTypedTheSameTwice() {
        AtomicReference<ScreenLock> saved = new AtomicReference<>(ScreenLock.off());
        var model = new ScreenLockSettingsViewModel(PINS, background, saved::get, saved::set);
        model.minutes().set(10);
        model.save();
        assertThat(model.state().get()).isEqualTo(ScreenLockSettingsViewModel.State.PIN_NEEDED);
        model.pin().set("12ab");
        model.save();
        assertThat(model.state().get()).isEqualTo(ScreenLockSettingsViewModel.State.NOT_A_PIN);
        model.pin().set("1234");
        model.pinAgain().set("1243");
        model.save();
        assertThat(model.state().get()).isEqualTo(ScreenLockSettingsViewModel.State.PINS_DIFFER);
        assertThat(saved.get()).isEqualTo(ScreenLock.off());
    }

    @Test
    void settingsSaveTheIdleTimeWithAPinThatOpensTheLock() throws Exception {
        AtomicReference<ScreenLock> saved = new AtomicReference<>(ScreenLock.off());
        var model = new ScreenLockSettingsViewModel(PINS, background, saved::get, saved::set);
        model.minutes().set(15);
        model.pin().set("97531");
        model.pinAgain().set("97531");
        model.save();
        Await.until(() -> model.state().get() == ScreenLockSettingsViewModel.State.SAVED);
        assertThat(saved.get().idleMinutes()).isEqualTo(15);
        assertThat(PINS.matches("97531", saved.get())).isTrue();
        assertThat(saved.get().pinHash()).doesNotContain("97531");
        model.minutes().set(0);
        model.save();
        assertThat(saved.get().on()).isFalse();
        assertThat(PINS.matches("97531", saved.get())).isTrue();
    }
}
