package org.techbench.ui.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.Progress;
import org.techbench.service.backup.BackupCheck;
import org.techbench.service.backup.BackupManifest;
import org.techbench.service.backup.BackupService;
import org.techbench.service.backup.Retention;
import org.techbench.ui.common.Background;

/**
 * Backups in the window: the folder they go to, a backup now or at start when the last is a day
 * old, the newest one and whether it is whole, and the last failure, kept until a backup succeeds.
 */
public final class BackupViewModel {

    /** The automatic backup runs at start when the newest is older than this. */
    static final Duration DAILY = Duration.ofDays(1);

    private final BackupService backups;
    private final Background background;
    private final Consumer<String> saveFolder;
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObjectProperty<BackupManifest> newest = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<BackupCheck> check = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final javafx.collections.ObservableList<BackupManifest> all = javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<BackupManifest> chosen = new SimpleObjectProperty<>();
    private final Consumer<Path> restore;

    /** {@code folder} is where backups go now; {@code saveFolder} keeps a new choice (empty: the data folder's own). */
    /** {@code restore} puts a verified backup (its zip) in place of the store, closing and reopening it. */
    public BackupViewModel(BackupService backups, Background background, Path folder, Consumer<String> saveFolder,
                           Consumer<Path> restore) {
        this.restore = restore;
        this.backups = backups;
        this.background = background;
        this.saveFolder = saveFolder;
        this.folder.set(folder.toString());
    }

    public StringProperty folder() {
        return folder;
    }

    public ObjectProperty<BackupManifest> newest() {
        return newest;
    }

    /** Why the last backup failed; empty once one has succeeded. */
    public StringProperty problem() {
        return problem;
    }

    /** What the last verification found; null until one ran. */
    public ObjectProperty<BackupCheck> check() {
        return check;
    }

    public BooleanProperty running() {
        return running;
    }

    private Path target() {
        return Path.of(folder.get());
    }

    /** The folder's backups, newest first, to choose one to restore. */
    public javafx.collections.ObservableList<BackupManifest> all() {
        return all;
    }

    /** The backup chosen to restore. */
    public ObjectProperty<BackupManifest> chosen() {
        return chosen;
    }

    /** Looks up the backups in the folder; the newest is shown, and chosen for a restore until another is. */
    public void refresh() {
        Path target = target();
        background.run(() -> java.nio.file.Files.isDirectory(target) ? backups.list(target) : List.<BackupManifest>of(), found -> {
            all.setAll(found);
            newest.set(found.isEmpty() ? null : found.getFirst());
            if (chosen.get() == null || found.stream().noneMatch(b -> b.name().equals(chosen.get().name()))) {
                chosen.set(newest.get());
            }
        }, error -> {
            all.clear();
            newest.set(null);
        });
    }

    /**
     * Verifies the chosen backup; one that is whole is restored once {@code confirmed} says so, and
     * one that is not shows why and is left alone.
     */
    public void restoreChosen(java.util.function.Predicate<BackupManifest> confirmed) {
        BackupManifest backup = chosen.get();
        if (backup == null || running.get()) {
            return;
        }
        Path zip = target().resolve(backup.name() + ".zip");
        running.set(true);
        problem.set("");
        background.run(() -> backups.verify(zip, Progress.NONE), found -> {
            running.set(false);
            if (!found.whole()) {
                check.set(found);
            } else if (confirmed.test(backup)) {
                restore.accept(zip);
            }
        }, error -> {
            running.set(false);
            problem.set(error.getMessage());
        });
    }

    /** Sends backups to another folder from now on. */
    public void useFolder(Path chosen) {
        folder.set(chosen.toString());
        saveFolder.accept(chosen.equals(backups.defaultFolder()) ? "" : chosen.toString());
        check.set(null);
        refresh();
    }

    /** At start: a backup in the background when the newest is a day old or there is none; a failure shows in the status bar. */
    public void backUpIfDue() {
        Path target = target();
        running.set(true);
        background.run(() -> backups.due(target, DAILY) ? backups.create(target, Retention.standard(), Progress.NONE) : null,
                made -> {
                    running.set(false);
                    if (made != null) {
                        succeeded(made);
                    } else {
                        refresh();
                    }
                }, error -> {
                    running.set(false);
                    problem.set(error.getMessage());
                });
    }

    /** The work of a backup asked for now, for the window's task runner, which shows its progress and outcome. */
    public Function<Progress, BackupManifest> backUpNow() {
        Path target = target();
        background.onUiThread(() -> running.set(true));
        return progress -> {
            try {
                BackupManifest made = backups.create(target, Retention.standard(), progress);
                background.onUiThread(() -> succeeded(made));
                return made;
            } catch (RuntimeException e) {
                background.onUiThread(() -> {
                    running.set(false);
                    problem.set(e.getMessage());
                });
                throw e;
            }
        };
    }

    /** Opens the newest backup read-only and compares it with its manifest. */
    public void verifyNewest() {
        BackupManifest last = newest.get();
        if (last == null) {
            return;
        }
        Path zip = target().resolve(last.name() + ".zip");
        running.set(true);
        background.run(() -> backups.verify(zip, Progress.NONE), found -> {
            running.set(false);
            check.set(found);
        }, error -> {
            running.set(false);
            problem.set(error.getMessage());
        });
    }

    private void succeeded(BackupManifest made) {
        running.set(false);
        problem.set("");
        check.set(null);
        newest.set(made);
    }
}
