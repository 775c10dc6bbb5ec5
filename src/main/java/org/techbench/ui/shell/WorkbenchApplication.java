package org.techbench.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.i18n.Texts;
import org.techbench.service.Preferences;
import org.techbench.ui.audit.AuditPlace;
import org.techbench.ui.audit.AuditView;
import org.techbench.ui.audit.AuditViewModel;
import org.techbench.service.ScreenLockPins;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.backup.BackupManifest;
import org.techbench.service.backup.BackupRestorer;
import org.techbench.service.backup.BackupService;
import org.techbench.store.DataFolder;
import org.techbench.store.StoreException;
import org.techbench.store.StoreProblem;
import org.techbench.ui.assets.AssetListPlace;
import org.techbench.ui.assets.AssetsScreen;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.JavaFxDialogService;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Theme;
import org.techbench.ui.dashboard.DashboardPlace;
import org.techbench.ui.dashboard.DashboardView;
import org.techbench.ui.dashboard.DashboardViewModel;
import org.techbench.ui.faults.FaultsPlace;
import org.techbench.ui.faults.FaultsScreen;
import org.techbench.ui.knowledge.KnowledgePlace;
import org.techbench.ui.knowledge.KnowledgeScreen;
import org.techbench.ui.maintenance.MaintenancePlace;
import org.techbench.ui.maintenance.MaintenanceScreen;
import org.techbench.ui.procedures.ProceduresPlace;
import org.techbench.ui.procedures.ProceduresScreen;
import org.techbench.ui.reports.ReportsPlace;
import org.techbench.ui.reports.ReportsScreen;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.KeyFile;
import org.techbench.ui.settings.BackupViewModel;
import org.techbench.ui.settings.EncryptionSettingsViewModel;
import org.techbench.ui.settings.SettingsPlace;
import org.techbench.ui.settings.ScreenLockSettingsViewModel;
import org.techbench.ui.settings.SettingsView;
import org.techbench.ui.settings.SettingsViewModel;
import org.techbench.ui.sites.SitesPlace;
import org.techbench.ui.sites.SitesView;
import org.techbench.ui.sites.SitesViewModel;
import org.techbench.ui.sync.SyncPlace;
import org.techbench.ui.sync.SyncView;
import org.techbench.ui.sync.SyncViewModel;
import org.techbench.ui.team.TeamPlace;
import org.techbench.ui.team.TeamView;
import org.techbench.ui.team.TeamViewModel;
import org.techbench.ui.welcome.WelcomeView;
import org.techbench.ui.welcome.WelcomeViewModel;

/**
 * The window. It shows its first frame at once and opens the store in the background, so a large
 * store never delays start-up; the screens appear when the store is ready.
 */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    /** Replaced by the same folder unlocked, once its passphrase is given; read by the store's opening in the background. */
    private volatile DataFolder folder;
    private PreferencesFile preferencesFile;
    // Written on the FX thread, read by sync in the background for the language of its messages.
    private volatile Preferences preferences;
    private ScreenLockViewModel screenLock;
    private final ScreenLockPins pins = new ScreenLockPins();
    private Background background;
    private Stage stage;
    private ShellView shell;
    /** Replaced when the store is opened again after a restore. */
    private volatile CompletableFuture<Workbench> workbench = new CompletableFuture<>();
    private boolean stopping;
    /** Set when the window has closed the store itself, compacting it while still showing, so stop() does not close it again. */
    private volatile boolean storeClosed;
    /** Set once the store is being opened: before, the window only asks for the passphrase. */
    private volatile boolean storeRequested;
    private Timeline syncTicks;
    private Timeline lockTicks;
    private SyncViewModel syncModel;
    private StatusBarViewModel statusBar;
    private final Navigator navigator = new Navigator();
    /** Set in the background as the store opens: a new store on a laptop that has not been welcomed. */
    private volatile boolean welcomeDue;
    /** The welcome while it shows; it outlives the window's rebuild on a language switch. */
    private WelcomeViewModel welcome;
    private AssetsScreen assetsScreen;
    /** Made with the first screens and kept across rebuilds: it runs the automatic backup once, and remembers a failure. */
    private BackupViewModel backups;
    private javafx.animation.PauseTransition backupDelay;
    private static final Duration AUTOMATIC_BACKUP_AFTER = Duration.minutes(1);

    @Override
    public void start(Stage primaryStage) {
        List<String> arguments = getParameters().getRaw();
        folder = new DataFolder(Path.of(arguments.getFirst()));
        boolean exitAfterStart = arguments.contains(WorkbenchWindow.EXIT_AFTER_START);
        stage = primaryStage;
        preferencesFile = new PreferencesFile(folder.settings());
        preferences = preferencesFile.load();
        background = new Background(Platform::runLater);
        Theme.apply(preferences.dark());

        Texts messages = Texts.window(preferences.locale());
        shell = new ShellView(messages, folder.root().toString(), navigator);
        shell.showOpening();
        Scene scene = new Scene(shell.node(), preferences.width(), preferences.height());
        HistoryKeys.install(scene, navigator);
        scene.getStylesheets().add(getClass().getResource(Theme.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new Image(getClass().getResource("techbench.png").toExternalForm()));
        placeWindow();
        FirstFrame.watch(scene, millis -> {
            LOG.info("First frame {} ms after JVM start", millis);
            if (exitAfterStart) {
                Platform.exit();
            } else {
                shell.decorate();
            }
        });
        stage.setOnCloseRequest(this::closeRequested);
        stage.show();
        stage.requestFocus();

        if (folder.encrypted()) {
            askPassphrase(messages);
        } else {
            openInBackground(messages);
        }
    }

    private void openInBackground(Texts messages) {
        storeRequested = true;
        background.run(this::openStore, this::showScreens, error -> failedToOpen(error, messages));
    }

    /** An encrypted store opens once its passphrase unlocks the key; three wrong ones close the way. */
    private void askPassphrase(Texts messages) {
        var model = new PassphraseViewModel(encryption(), folder, background, unlocked -> {
            folder = unlocked;
            shell.showOpening();
            shell.decorate();
            openInBackground(messages);
        }, () -> shell.showFailure(messages.get("passphrase.usedUp"), Platform::exit));
        shell.showPage(new PassphraseView(model, messages).node());
    }

    private EncryptionService encryption() {
        return new EncryptionService(new KeyFile(KeyFile.DEFAULT_ITERATIONS), () -> Texts.refusals(preferences.locale()));
    }

    /**
     * Settings' "Encrypt the store" (and the welcome's passphrase): the store is closed, encrypted
     * with its attachments, and opened again behind the same window.
     */
    private void encryptAndReopen(char[] passphrase, Runnable then) {
        closeAndReopen(Texts.window(preferences.locale()).get("passphrase.encrypting"), () -> {
            folder = encryption().turnOn(folder, passphrase, passphrase);
            return null;
        }, ignored -> then.run());
    }

    /**
     * Settings' "Restore": the chosen backup, verified, replaces the store (kept as a copy first),
     * and the window opens on it and says what was restored.
     */
    private void restoreAndReopen(Path backup) {
        Texts messages = Texts.window(preferences.locale());
        var restorer = new BackupRestorer(BackupService.reader(backupFolder(), folder.key(), Clock.systemDefaultZone(),
                () -> Texts.refusals(preferences.locale())), Clock.systemDefaultZone(), () -> Texts.refusals(preferences.locale()));
        closeAndReopen(messages.get("shell.restoringChosen", backup.getFileName()),
                () -> restorer.restore(folder, backup, Progress.NONE), restored -> {
                    String said = messages.get("backup.restored", restored.backup().name(), restored.backup().rows(),
                            restored.attachmentsPutBack(), restored.carried().keptAs().toString());
                    new JavaFxDialogService(() -> stage, messages, background, getHostServices()::showDocument).toast(
                            restored.carried().newNode() ? said + " " + messages.get("backup.restoredNewNode") : said);
                });
    }

    /** Closes the screens and the store, runs {@code whileClosed}, then opens the store and the screens again. */
    private <T> void closeAndReopen(String working, java.util.concurrent.Callable<T> whileClosed, Consumer<T> then) {
        Texts messages = Texts.window(preferences.locale());
        Workbench open = workbench.getNow(null);
        showOnlyWorking(messages, working);
        workbench = new CompletableFuture<>();
        var done = new java.util.concurrent.atomic.AtomicReference<T>();
        background.run(() -> {
            if (open != null) {
                open.close();
            }
            done.set(whileClosed.call());
            return openStore();
        }, reopened -> {
            showScreens(reopened);
            then.accept(done.get());
        }, error -> failedToOpen(error, messages));
    }

    /** Closes the screens and shows in their place only what is being done, while the store is closed. */
    private void showOnlyWorking(Texts messages, String working) {
        closeScreens();
        shell = new ShellView(messages, folder.root().toString(), navigator);
        shell.showOpening();
        shell.decorate();
        shell.showWorking(working);
        stage.getScene().setRoot(shell.node());
    }

    /** Stops what the screens run on the store before it closes under them. */
    private void closeScreens() {
        if (backupDelay != null) {
            backupDelay.stop();
        }
        backups = null;
        if (syncTicks != null) {
            syncTicks.stop();
            syncModel.cancel();
        }
        if (shell != null) {
            shell.deactivate();
        }
        if (statusBar != null) {
            statusBar.deactivate();
        }
    }

    /** A damaged store is offered the newest backup that verifies; anything else can only be reported. */
    private void failedToOpen(Exception error, Texts messages) {
        shell.showFailure(describe(error, messages), Platform::exit);
        if (!(error instanceof StoreException store) || store.problem() != StoreProblem.DAMAGED) {
            return;
        }
        var reader = BackupService.reader(backupFolder(), folder.key(), Clock.systemDefaultZone(),
                () -> Texts.refusals(preferences.locale()));
        background.run(() -> newestWhole(reader), found -> found.ifPresent(backup -> shell.showFailure(
                describe(error, messages), Platform::exit, messages.get("shell.restoreNewest",
                        java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                                java.time.format.FormatStyle.SHORT).withLocale(messages.locale())
                                .format(backup.createdAt().atZone(java.time.ZoneId.systemDefault()))),
                () -> restoreAndOpen(reader, backup, messages))), ignored -> { });
    }

    private java.nio.file.Path backupFolder() {
        return preferences.backupFolderOr(folder.backups());
    }

    private java.util.Optional<BackupManifest> newestWhole(BackupService reader) {
        java.nio.file.Path where = backupFolder();
        if (!java.nio.file.Files.isDirectory(where)) {
            return java.util.Optional.empty();
        }
        return reader.list(where).stream()
                .filter(backup -> reader.verify(where.resolve(backup.name() + ".zip"), Progress.NONE).whole()).findFirst();
    }

    /** Puts the backup in place of the damaged store (kept as a copy), then opens the workbench on it. */
    private void restoreAndOpen(BackupService reader, BackupManifest backup, Texts messages) {
        shell.showRestoring(backup.name());
        workbench = new CompletableFuture<>();
        var restorer = new BackupRestorer(reader, Clock.systemDefaultZone(), () -> Texts.refusals(preferences.locale()));
        background.run(() -> {
            restorer.restore(folder, backupFolder().resolve(backup.name() + ".zip"), Progress.NONE);
            return openStore();
        }, this::showScreens, error -> failedToOpen(error, messages));
    }

    /**
     * Closes as before, unless the store will compact its file as it closes (half a minute for a
     * large one): then the window says so and closes when the store has, so that a technician who
     * opens it again at once is not told the folder is still in use by a window no longer shown.
     */
    private void closeRequested(javafx.stage.WindowEvent event) {
        Workbench open = workbench.getNow(null);
        if (open == null || storeClosed || !open.compactsWhenClosed()) {
            return;
        }
        event.consume();
        storeClosed = true;
        if (lockTicks != null) {
            lockTicks.stop();
        }
        Texts messages = Texts.window(preferences.locale());
        showOnlyWorking(messages, messages.get("shell.compacting"));
        // Its own thread: the background workers may be busy for a minute (a knowledge index being
        // built), and the store closes under their work as it would when the window closed.
        Thread.ofPlatform().name("closing-store").start(() -> {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the store failed", e);
            } finally {
                Platform.runLater(Platform::exit);
            }
        });
    }

    @Override
    public void stop() {
        stopping = true;
        if (lockTicks != null) {
            lockTicks.stop();
        }
        if (backupDelay != null) {
            backupDelay.stop();
        }
        if (syncTicks != null) {
            // A sync in flight stops at its next step; every step it finished is committed.
            syncTicks.stop();
            syncModel.cancel();
        }
        if (stage != null) {
            preferencesFile.save(preferences.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
        if (shell != null) {
            shell.deactivate();
        }
        if (statusBar != null) {
            statusBar.deactivate();
        }
        // Wait for a store still being opened, so that a quick exit never interrupts a migration.
        // (None is, while the passphrase is still asked.)
        try {
            if (!storeRequested) {
                throw new IllegalStateException("the store was never opened");
            }
            Workbench open = workbench.get(30, TimeUnit.SECONDS);
            if (!storeClosed) {
                open.close();
            }
        } catch (Exception e) {
            LOG.debug("No store to close: {}", e.getMessage());
        }
        if (background != null) {
            background.close();
        }
    }

    /** Runs in the background; completes {@link #workbench} there, because stop() may be waiting on the FX thread. */
    private Workbench openStore() {
        try {
            Workbench opened = Workbench.open(folder, Clock.systemDefaultZone(), System.getProperty("user.name"),
                    backups -> Platform.runLater(() -> shell.showCopying(backups.toString())), () -> preferences.locale());
            opened.maintenance().seedBuiltIns();
            welcomeDue = !preferences.welcomeDone() && isEmpty(opened) && !opened.sync().standing().connected();
            workbench.complete(opened);
            try {
                // After the screens can show: the search index catches up with the store and follows it.
                opened.knowledge().follow(opened.changes());
            } catch (RuntimeException e) {
                LOG.warn("The knowledge index could not be opened; search is unavailable", e);
            }
            return opened;
        } catch (RuntimeException e) {
            workbench.completeExceptionally(e);
            throw e;
        }
    }

    private void showScreens(Workbench opened) {
        if (stopping) {
            return; // the store finished opening while the window was closing
        }
        Texts messages = Texts.window(preferences.locale());
        if (shell != null) {
            shell.deactivate();
        }
        if (statusBar != null) {
            statusBar.deactivate();
        }
        shell = new ShellView(messages, folder.root().toString(), navigator);
        shell.decorate();
        StatusBarViewModel status = new StatusBarViewModel(opened.overview(), opened.faults()::slaCounts,
                opened.technicians(), opened.changes(), background, messages);
        statusBar = status;
        shell.bindStatus(status);
        var sync = new SyncViewModel(opened.sync(), background, Clock.systemDefaultZone(), status::refresh);
        status.alsoRefresh(sync::refresh);
        var dashboard = new DashboardView(new DashboardViewModel(opened.overview(), opened.faults()::slaCounts,
                opened.maintenance()::dueCounts, opened.changes(), background), messages,
                folder.root().toString(), navigator);
        boolean firstScreens = backups == null;
        if (firstScreens) {
            backups = new BackupViewModel(opened.backups(), background, backupFolder(), chosen -> {
                preferences = preferences.withBackupFolder(chosen);
                savePreferences();
            }, this::restoreAndReopen);
        }
        var dialogs = new JavaFxDialogService(() -> stage, messages, background, getHostServices()::showDocument);
        var settings = new SettingsView(new SettingsViewModel(opened.technicians(), background, preferences.locale(),
                preferences.dark(), this::switchLanguage, this::switchTheme), backups,
                new ScreenLockSettingsViewModel(pins, background, () -> preferences.screenLock(), lock -> {
                    preferences = preferences.withScreenLock(lock);
                    savePreferences();
                }), new EncryptionSettingsViewModel(encryption(), background, () -> folder,
                        passphrase -> encryptAndReopen(passphrase, () -> { })),
                dialogs, messages, folder.root().toString(), () -> reopenWelcome(opened));
        shell.addScreen(new DashboardPlace(), messages.get("nav.dashboard"), "mdal-dashboard",
                new RefreshingScreen(dashboard, status));
        assetsScreen = new AssetsScreen(opened, background, messages, dialogs,
                preferences.hiddenAssetColumns(), this::hideAssetColumns, status::refresh, navigator);
        var sites = new SitesView(new SitesViewModel(opened.sites(), opened.changes(), background, dialogs, messages, status::refresh), messages,
                dialogs);
        shell.addScreen(AssetListPlace.all(), messages.get("nav.assets"), "mdal-devices", new RefreshingScreen(assetsScreen, status));
        shell.addScreen(MaintenancePlace.all(), messages.get("nav.maintenance"), "mdal-fact_check",
                new RefreshingScreen(new MaintenanceScreen(opened, background, messages, dialogs, navigator,
                        Clock.systemDefaultZone()), status));
        shell.addScreen(FaultsPlace.all(), messages.get("nav.faults"), "mdal-error_outline",
                new RefreshingScreen(new FaultsScreen(opened, background, messages, dialogs, navigator,
                        preferences.savedFaultFilters(), this::saveFaultFilters), status));
        shell.addScreen(KnowledgePlace.all(), messages.get("nav.knowledge"), "mdal-library_books",
                new RefreshingScreen(new KnowledgeScreen(opened, background, messages, navigator), status));
        shell.addScreen(ProceduresPlace.all(), messages.get("nav.procedures"), "mdal-format_list_numbered",
                new RefreshingScreen(new ProceduresScreen(opened, background, messages, dialogs, navigator), status));
        shell.addScreen(ReportsPlace.all(), messages.get("nav.reports"), "mdal-insert_chart_outlined",
                new RefreshingScreen(new ReportsScreen(opened, background, messages, dialogs, Clock.systemDefaultZone()),
                        status));
        shell.addScreen(new SitesPlace(), messages.get("nav.sites"), "mdal-business", new RefreshingScreen(sites, status));
        shell.addScreen(new SyncPlace(), messages.get("nav.sync"), "mdmz-sync",
                new RefreshingScreen(new SyncView(sync, messages, navigator), status));
        shell.addScreen(new TeamPlace(), messages.get("nav.team"), "mdal-group",
                new TeamView(new TeamViewModel(opened.team(), background), messages));
        shell.addScreen(new AuditPlace(), messages.get("nav.audit"), "mdal-history", new RefreshingScreen(new AuditView(
                new AuditViewModel(opened.auditTrail(), background, dialogs, messages, ZoneId.systemDefault()), messages,
                navigator, ZoneId.systemDefault()), status));
        shell.showScreenWhen(TeamPlace.SCREEN, javafx.beans.binding.Bindings.createBooleanBinding(
                () -> sync.standing().get() != null && sync.standing().get().manager(), sync.standing()));
        shell.bindSync(sync);
        shell.bindBackup(backups);
        if (screenLock == null) {
            screenLock = new ScreenLockViewModel(pins, background, Clock.systemDefaultZone(),
                    () -> preferences.screenLock());
            watchForIdleness(screenLock);
        }
        shell.addLock(new ScreenLockView(screenLock, messages), screenLock);
        if (firstScreens) {
            // A minute after start: the technician's first minute, and the store's opening, stay quick.
            backupDelay = new javafx.animation.PauseTransition(AUTOMATIC_BACKUP_AFTER);
            backupDelay.setOnFinished(e -> backups.backUpIfDue());
            backupDelay.play();
        }
        status.activate();
        startSyncTicks(sync);
        // Ctrl+, as in most desktop programs: the nine digits are taken by the screens before it.
        shell.addScreen(new SettingsPlace(), messages.get("nav.settings"), "mdmz-settings",
                new RefreshingScreen(settings, status), new javafx.scene.input.KeyCodeCombination(
                        javafx.scene.input.KeyCode.COMMA, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        // The asset list's search index is built while the technician looks at the dashboard.
        background.run(() -> {
            opened.assets().prepareList();
            return null;
        }, ignored -> { }, error -> LOG.warn("Could not prepare the asset list: {}", error.getMessage()));
        if (welcomeDue) {
            welcomeDue = false;
            welcome = newWelcome(opened, true);
        }
        stage.getScene().setRoot(welcome != null ? new WelcomeView(welcome, sync, messages).node() : shell.node());
        stage.setTitle(messages.get("app.title"));
        navigator.attach(shell::show);
        if (navigator.current().get() == null) {
            navigator.goTo(new DashboardPlace());
        } else {
            // The screens were built anew (a language switch): the same place, the same history.
            navigator.reopen();
        }
    }

    private WelcomeViewModel newWelcome(Workbench opened, boolean emptyStore) {
        var model = new WelcomeViewModel(opened.technicians(), opened.demoData(), background, Clock.systemDefaultZone(),
                preferences.locale(), preferences.dark(), this::switchLanguage, this::switchTheme, encryption(),
                folder.key() == null,
                way -> finishWelcome(opened, way));
        model.load(emptyStore);
        return model;
    }

    /** Settings' way back to the welcome; demo data is offered only if the store is still empty. */
    private void reopenWelcome(Workbench opened) {
        background.run(() -> isEmpty(opened), empty -> {
            welcome = newWelcome(opened, empty);
            stage.getScene().setRoot(new WelcomeView(welcome, syncModel, Texts.window(preferences.locale())).node());
        }, error -> LOG.warn("Could not reopen the welcome: {}", error.getMessage()));
    }

    private void finishWelcome(Workbench opened, WelcomeViewModel.Way way) {
        var passphrase = welcome.chosenPassphrase();
        welcome = null;
        preferences = preferences.withWelcomeDone();
        savePreferences();
        if (passphrase.isPresent()) {
            // Encrypted now, with whatever the welcome brought in; the chosen way follows once the store is open again.
            navigator.goTo(way == WelcomeViewModel.Way.IMPORT ? AssetListPlace.all() : new DashboardPlace());
            encryptAndReopen(passphrase.get(), way == WelcomeViewModel.Way.IMPORT ? () -> assetsScreen.startImport() : () -> { });
            return;
        }
        stage.getScene().setRoot(shell.node());
        statusBar.refresh();
        if (way == WelcomeViewModel.Way.IMPORT) {
            navigator.goTo(AssetListPlace.all());
            assetsScreen.startImport();
        } else {
            navigator.goTo(new DashboardPlace());
        }
    }

    private static boolean isEmpty(Workbench opened) {
        return opened.sites().all().isEmpty() && opened.overview().overview().assets() == 0;
    }

    /**
     * Syncs in the background: a first try a few seconds after start, then a look every half
     * minute (the view model decides whether it is time).
     */
    private void startSyncTicks(SyncViewModel sync) {
        if (syncTicks != null) {
            syncTicks.stop();
        }
        syncModel = sync;
        sync.refresh();
        syncTicks = new Timeline(new KeyFrame(Duration.seconds(30), e -> sync.tick()));
        syncTicks.setCycleCount(Animation.INDEFINITE);
        syncTicks.playFrom(Duration.seconds(27));
    }

    /**
     * Any key or mouse use in any of the workbench's windows counts as activity; the lock looks every
     * five seconds. While locked, the other windows (an open dialog) are made transparent too.
     */
    private void watchForIdleness(ScreenLockViewModel lock) {
        javafx.event.EventHandler<javafx.scene.input.InputEvent> used = e -> lock.activity();
        javafx.stage.Window.getWindows().forEach(window -> window.addEventFilter(javafx.scene.input.InputEvent.ANY, used));
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> window.addEventFilter(javafx.scene.input.InputEvent.ANY, used));
            }
        });
        lock.locked().addListener((obs, was, locked) -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window != stage).forEach(window -> window.setOpacity(locked ? 0 : 1)));
        lockTicks = new Timeline(new KeyFrame(Duration.seconds(5), e -> lock.tick()));
        lockTicks.setCycleCount(Animation.INDEFINITE);
        lockTicks.play();
    }

    private void switchLanguage(Locale locale) {
        preferences = preferences.withLocale(locale);
        savePreferences();
        workbench.thenAccept(opened -> Platform.runLater(() -> showScreens(opened)));
    }

    private void hideAssetColumns(Set<String> hidden) {
        preferences = preferences.withHiddenAssetColumns(hidden);
        savePreferences();
    }

    private void saveFaultFilters(Map<String, String> filters) {
        preferences = preferences.withSavedFaultFilters(filters);
        savePreferences();
    }

    private void switchTheme(boolean dark) {
        preferences = preferences.withDark(dark);
        Theme.apply(dark);
        savePreferences();
    }

    private void savePreferences() {
        Preferences snapshot = preferences;
        background.run(() -> {
            preferencesFile.save(snapshot);
            return null;
        }, ignored -> { }, error -> { });
    }

    private void placeWindow() {
        Rectangle2D saved = Double.isNaN(preferences.x()) ? null
                : new Rectangle2D(preferences.x(), preferences.y(), preferences.width(), preferences.height());
        // The screen the window was on, if it is still there (a monitor may have been unplugged).
        Screen screen = saved == null ? Screen.getPrimary()
                : Screen.getScreensForRectangle(saved).stream().findFirst().orElse(Screen.getPrimary());
        boolean onScreen = saved != null && screen.getVisualBounds().intersects(saved);
        WindowPlacement place = WindowPlacement.fit(onScreen ? preferences.x() : Double.NaN,
                onScreen ? preferences.y() : Double.NaN, preferences.width(), preferences.height(), screen.getVisualBounds());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(preferences.maximized());
    }

    private String describe(Exception error, Texts messages) {
        if (error instanceof StoreException store) {
            return messages.get("problem." + store.problem().name(), store.path().toString());
        }
        if (error instanceof RefusedException refused) {
            return refused.getMessage(); // a restore that could not be made says why, in the window's language
        }
        return messages.get("problem.UNEXPECTED", folder.logs().toString());
    }

    /** Refreshes the status bar whenever a screen is shown. */
    private record RefreshingScreen(org.techbench.ui.common.Screen screen, StatusBarViewModel status)
            implements org.techbench.ui.common.Screen {
        @Override
        public Node node() {
            return screen.node();
        }

        @Override
        public void activate() {
            screen.activate();
            status.refresh();
        }

        @Override
        public void deactivate() {
            screen.deactivate();
        }

        @Override
        public void open(org.techbench.ui.common.Place place) {
            screen.open(place);
        }
    }
}
