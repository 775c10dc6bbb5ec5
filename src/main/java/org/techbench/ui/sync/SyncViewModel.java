package org.techbench.ui.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.domain.sync.SyncStanding;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.sync.SyncFailure;
import org.techbench.service.sync.SyncReport;
import org.techbench.service.sync.SyncService;
import org.techbench.ui.common.Background;

/**
 * The Sync screen and the status bar's sync indicator: sign-in, the last sync, what waits to go
 * up, refused changes and conflicts; syncs on demand, every few minutes while the hub answers,
 * and soon after it answers again when it did not.
 */
public final class SyncViewModel {

    static final Duration EVERY = Duration.ofMinutes(5);
    static final Duration RETRY_OFFLINE = Duration.ofSeconds(30);

    private final SyncService sync;
    private final Background background;
    private final Clock clock;
    private final Runnable changed;
    private final StringProperty hubUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<SyncState> state = new SimpleObjectProperty<>(SyncState.NOT_CONNECTED);
    private final ObjectProperty<SyncStanding> standing = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Long> clockOffset = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty stage = new SimpleStringProperty("");
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final ObservableList<SyncConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<RefusedChange> refused = FXCollections.observableArrayList();
    private final ObservableList<SyncMerge> merges = FXCollections.observableArrayList();
    private final IntegerProperty ticks = new SimpleIntegerProperty();
    private final ObjectProperty<SyncReport> lastReport = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Instant nextAutomatic = Instant.MIN;

    public SyncViewModel(SyncService sync, Background background, Clock clock, Runnable changed) {
        this.sync = sync;
        this.background = background;
        this.clock = clock;
        this.changed = changed;
    }

    public StringProperty hubUrl() {
        return hubUrl;
    }

    public StringProperty user() {
        return user;
    }

    /** The password as typed; emptied the moment sign-in takes it, and never stored. */
    public StringProperty password() {
        return password;
    }

    public ReadOnlyObjectProperty<SyncState> state() {
        return state;
    }

    public ReadOnlyObjectProperty<SyncStanding> standing() {
        return standing;
    }

    public StringProperty message() {
        return message;
    }

    /** How far the hub's clock is from this laptop's, when it is far enough to warn about. */
    public ReadOnlyObjectProperty<Long> clockOffset() {
        return clockOffset;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty stage() {
        return stage;
    }

    public IntegerProperty pending() {
        return pending;
    }

    public ObservableList<SyncConflict> conflicts() {
        return conflicts;
    }

    public ObservableList<RefusedChange> refused() {
        return refused;
    }

    /** The duplicates the hub merged into one record, newest first. */
    public ObservableList<SyncMerge> merges() {
        return merges;
    }

    /** What the last sync that ran to its end did; null until one has. */
    public ReadOnlyObjectProperty<SyncReport> lastReport() {
        return lastReport;
    }

    /** Reads where sync stands, and the lists, from the store. */
    public void refresh() {
        record Lists(SyncStanding standing, List<SyncConflict> conflicts, List<RefusedChange> refused, List<SyncMerge> merges) {
        }
        long asked = ++refreshes;
        background.run(() -> new Lists(sync.standing(), sync.conflicts(), sync.refused(), sync.merges()), lists -> {
            if (asked != refreshes) {
                return; // read before a later refresh or a sign-out: it may hold a session since forgotten
            }
            apply(lists.standing());
            conflicts.setAll(lists.conflicts());
            refused.setAll(lists.refused());
            merges.setAll(lists.merges());
        }, error -> message.set(error.getMessage()));
    }

    /** Counts the refreshes asked for, so only the latest one's answer is shown. */
    private long refreshes;

    private void apply(SyncStanding now) {
        standing.set(now);
        pending.set(now.pendingChanges());
        if (hubUrl.get().isEmpty() && now.hubUrl() != null) {
            hubUrl.set(now.hubUrl());
        }
        if (user.get().isEmpty() && now.userName() != null) {
            user.set(now.userName());
        }
        if (!running.get() && state.get() != SyncState.OFFLINE && state.get() != SyncState.FAILED) {
            state.set(!now.connected() ? SyncState.NOT_CONNECTED
                    : now.refreshToken() == null ? SyncState.SIGN_IN_NEEDED
                    : now.lastSyncAt() == null ? SyncState.SIGN_IN_NEEDED : SyncState.SYNCED);
        }
    }

    /** Signs in with the form's address, user and password, then syncs at once. */
    public void signIn() {
        if (running.get()) {
            return;
        }
        String url = hubUrl.get().strip();
        String name = user.get().strip();
        char[] secret = password.get().toCharArray();
        password.set("");
        running.set(true);
        message.set("");
        background.run(() -> {
            sync.signIn(url, name, secret);
            return null;
        }, ignored -> {
            running.set(false);
            startSync();
        }, this::failed);
    }

    /** Changes the signed-in user's own password on the hub, given the current one; says how it went. */
    public void changePassword(String current, String next, String doneText) {
        running.set(true);
        message.set("");
        background.run(() -> {
            sync.changeOwnPassword(current, next);
            return null;
        }, ignored -> {
            running.set(false);
            message.set(doneText);
        }, error -> {
            running.set(false);
            message.set(error.getMessage());
        });
    }

    public void signOut() {
        refreshes++;
        background.run(() -> {
            sync.signOut();
            return null;
        }, ignored -> {
            state.set(SyncState.SIGN_IN_NEEDED);
            refresh();
        }, this::failed);
    }

    /** Syncs now, unless a sync is already running or there is nothing to sync with. */
    public void syncNow() {
        SyncStanding now = standing.get();
        // Just after signing out the standing read before it may still hold the old session.
        if (running.get() || state.get() == SyncState.SIGN_IN_NEEDED
                || now != null && (!now.connected() || now.refreshToken() == null)) {
            return;
        }
        startSync();
    }

    private void startSync() {
        running.set(true);
        cancel.set(false);
        state.set(SyncState.SYNCING);
        progress.set(-1);
        message.set("");
        background.run(() -> sync.sync(new Progress() {
            @Override
            public void report(String what, long done, long total) {
                background.onUiThread(() -> {
                    stage.set(what);
                    progress.set(total > 0 ? (double) done / total : -1);
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        }), this::synced, this::failed);
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Counts the half-minute ticks, so that "synced 3 min ago" is re-read as time passes. */
    public IntegerProperty ticks() {
        return ticks;
    }

    /** Called every half minute: syncs when it is time, sooner after the hub was out of reach. */
    public void tick() {
        ticks.set(ticks.get() + 1);
        SyncStanding now = standing.get();
        if (running.get() || now == null || !now.connected() || now.refreshToken() == null
                || clock.instant().isBefore(nextAutomatic)) {
            if (!running.get()) {
                refresh();
            }
            return;
        }
        syncNow();
    }

    private void synced(SyncReport report) {
        running.set(false);
        state.set(SyncState.SYNCED);
        stage.set("");
        clockOffset.set(report.clockFarOff() ? report.hubOffsetMillis() : null);
        message.set(String.join("\n", report.attachmentProblems()));
        nextAutomatic = clock.instant().plus(EVERY);
        lastReport.set(report);
        refresh();
        if (report.pulled() > 0 || report.snapshotRows() > 0) {
            changed.run();
        }
    }

    private void failed(Exception error) {
        running.set(false);
        stage.set("");
        if (error instanceof SyncFailure failure) {
            state.set(switch (failure.reason()) {
                case OFFLINE -> SyncState.OFFLINE;
                case SIGN_IN, FORBIDDEN -> SyncState.SIGN_IN_NEEDED;
                default -> SyncState.FAILED;
            });
            message.set(failure.getMessage());
            nextAutomatic = clock.instant().plus(failure.reason() == SyncFailure.Reason.OFFLINE ? RETRY_OFFLINE : EVERY);
        } else if (error instanceof CancelledException) {
            state.set(SyncState.SYNCED);
            message.set(error.getMessage());
            nextAutomatic = clock.instant().plus(EVERY);
        } else {
            state.set(SyncState.FAILED);
            message.set(error.getMessage());
            nextAutomatic = clock.instant().plus(EVERY);
        }
        refresh();
    }

    public void restore(SyncConflict conflict) {
        background.run(() -> {
            sync.restore(conflict.id());
            return null;
        }, ignored -> {
            refresh();
            changed.run();
        }, this::failed);
    }

    public void dismiss(SyncConflict conflict) {
        background.run(() -> {
            sync.dismiss(conflict.id());
            return null;
        }, ignored -> refresh(), this::failed);
    }
}
