package org.techbench.ui.shell;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.sync.SyncStanding;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;
import org.techbench.ui.common.Wording;
import org.techbench.ui.faults.FaultsPlace;
import org.techbench.ui.sync.SyncPlace;
import org.techbench.ui.sync.SyncState;
import org.techbench.ui.sync.SyncViewModel;

/** The main window's frame: navigation on the left, the current screen, and the status bar. */
public final class ShellView {

    private final Texts messages;
    private final BorderPane root = new BorderPane();
    private final StackPane frame = new StackPane(root);
    private final Button lockButton = new Button();
    private final VBox navigation = new VBox(4);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Label folderLabel = new Label();
    private final Label countsLabel = new Label();
    private final Label technicianLabel = new Label();
    private final Label syncLabel = new Label();
    private final Label slaLabel = new Label();
    private final Label backupLabel = new Label();
    private final Label brand = new Label("TechBench");
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final VBox opening = new VBox(12);
    private final Navigator navigator;
    private Screen current;

    public ShellView(Texts messages, String dataFolder, Navigator navigator) {
        this.messages = messages;
        this.navigator = navigator;
        root.setId("shell");
        brand.getStyleClass().addAll("title-3", "brand");
        navigation.getChildren().add(brand);
        navigation.getStyleClass().add("navigation");
        navigation.setPadding(new Insets(16, 8, 16, 8));
        navigation.setPrefWidth(200);
        root.setLeft(navigation);
        root.setCenter(content);

        folderLabel.setText(messages.get("status.folder", dataFolder));
        countsLabel.setId("status-counts");
        technicianLabel.setId("status-technician");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        syncLabel.setId("status-sync");
        syncLabel.getStyleClass().add("sync-indicator");
        slaLabel.setId("status-sla");
        slaLabel.getStyleClass().add("sla-warning");
        slaLabel.setGraphic(new FontIcon("mdal-alarm"));
        slaLabel.visibleProperty().bind(slaLabel.textProperty().isNotEmpty());
        slaLabel.managedProperty().bind(slaLabel.visibleProperty());
        slaLabel.setOnMouseClicked(e -> navigator.goTo(FaultsPlace.slaAtRisk()));
        backupLabel.setId("status-backup");
        backupLabel.getStyleClass().addAll("sla-warning", "danger");
        backupLabel.setGraphic(new FontIcon("mdal-backup"));
        backupLabel.visibleProperty().bind(backupLabel.textProperty().isNotEmpty());
        backupLabel.managedProperty().bind(backupLabel.visibleProperty());
        lockButton.setId("lock-now");
        lockButton.setGraphic(new FontIcon("mdal-lock"));
        lockButton.getStyleClass().addAll("flat", "button-icon");
        lockButton.setVisible(false);
        lockButton.setManaged(false);
        HBox status = new HBox(16, folderLabel, spacer, backupLabel, slaLabel, syncLabel, countsLabel, technicianLabel,
                lockButton);
        status.getStyleClass().add("status-bar");
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(4, 12, 4, 12));
        root.setBottom(status);
    }

    public StackPane node() {
        return frame;
    }

    /**
     * Lays the screen lock over the window: while it is locked nothing of the workbench is shown.
     * The status bar's lock button and Ctrl+L lock at once, or open Settings when no PIN is set yet.
     */
    public void addLock(ScreenLockView view, ScreenLockViewModel model) {
        frame.getChildren().add(view.node());
        root.visibleProperty().bind(model.locked().not());
        lockButton.setVisible(true);
        lockButton.setManaged(true);
        lockButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("lock.now")));
        Runnable lock = () -> {
            if (model.canLock()) {
                model.lockNow();
            } else {
                navigator.goTo(new org.techbench.ui.settings.SettingsPlace());
            }
        };
        lockButton.setOnAction(e -> lock.run());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), lock);
            }
        });
    }

    /**
     * Shows that the store is opening. The spinner and icons come with {@link #decorate()} one frame
     * later: loading them would delay the first frame by a tenth of its time.
     */
    public void showOpening() {
        opening.setAlignment(Pos.CENTER);
        opening.getChildren().setAll(new Label(messages.get("shell.opening")));
        content.getChildren().setAll(opening);
    }

    /** Says that the store is being copied before it is updated, and where the copy goes. */
    /** Says that a backup is being put in place of the store, while it is. */
    public void showRestoring(String backup) {
        showWorking(messages.get("shell.restoring", backup));
    }

    /** Says what the window waits for, under the spinner, in place of the screens. */
    public void showWorking(String text) {
        opening.getChildren().removeIf(node -> node instanceof Label);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        opening.getChildren().add(label);
        content.getChildren().setAll(opening);
    }

    public void showCopying(String backups) {
        opening.getChildren().removeIf(node -> node instanceof Label);
        Label text = new Label(messages.get("shell.copying", backups));
        text.setWrapText(true);
        text.setMaxWidth(520);
        opening.getChildren().add(text);
    }

    /** Adds the icons, and the spinner while the store is opening. */
    public void decorate() {
        brand.setGraphic(new FontIcon("mdal-build"));
        if (content.getChildren().contains(opening)) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(48, 48);
            opening.getChildren().addFirst(spinner);
        }
    }

    /** Shows a page of its own in place of the screens (the passphrase an encrypted store asks for). */
    public void showPage(javafx.scene.Node page) {
        content.getChildren().setAll(page);
    }

    public void showFailure(String message, Runnable quit) {
        showFailure(message, quit, null, null);
    }

    /** As above, with a way out when there is one (the newest whole backup, for a damaged store). */
    public void showFailure(String message, Runnable quit, String recoverText, Runnable recover) {
        FontIcon icon = new FontIcon("mdal-error_outline");
        icon.setIconSize(48);
        icon.getStyleClass().add("danger-icon");
        Label title = new Label(messages.get("shell.openFailed"));
        title.getStyleClass().add("title-2");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setId("open-failure");
        Button quitButton = new Button(messages.get("shell.quit"));
        quitButton.setOnAction(e -> quit.run());
        quitButton.setDefaultButton(recover == null);
        HBox buttons = new HBox(12, quitButton);
        buttons.setAlignment(Pos.CENTER);
        if (recover != null) {
            Button recoverButton = new Button(recoverText, new FontIcon("mdal-history"));
            recoverButton.setId("restore-newest");
            recoverButton.getStyleClass().add("accent");
            recoverButton.setOnAction(e -> recover.run());
            buttons.getChildren().addFirst(recoverButton);
        }
        VBox box = new VBox(16, icon, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(32));
        content.getChildren().setAll(box);
    }

    /** Adds a screen to the navigation, reachable with Ctrl and its number (the first nine); the button opens {@code home}. */
    public void addScreen(Place home, String caption, String icon, Screen screen) {
        int number = screens.size() + 1;
        addScreen(home, caption, icon, screen, number <= 9 ? new KeyCodeCombination(
                KeyCode.getKeyCode(Integer.toString(number)), KeyCombination.SHORTCUT_DOWN) : null);
    }

    /** Adds a screen as above, reachable with {@code shortcut} (none when null). */
    public void addScreen(Place home, String caption, String icon, Screen screen, KeyCombination shortcut) {
        String id = home.screen();
        ToggleButton button = new ToggleButton(caption, new FontIcon(icon));
        button.setId("nav-" + id);
        button.setToggleGroup(navigationGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("nav-button");
        button.setOnAction(e -> navigator.goTo(home));
        screens.put(id, screen);
        buttons.put(id, button);
        navigation.getChildren().add(button);
        if (shortcut != null) {
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(shortcut, () -> navigator.goTo(home));
                }
            });
        }
    }

    /** Shows a screen's button only while {@code shown} holds: a screen for some roles only. */
    public void showScreenWhen(String id, javafx.beans.value.ObservableBooleanValue shown) {
        ToggleButton button = buttons.get(id);
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
    }

    /** Shows a place: its screen, activated when it was not already shown, then the place within it. */
    public void show(Place place) {
        String id = place.screen();
        Screen next = screens.get(id);
        if (next == null) {
            return;
        }
        buttons.get(id).setSelected(true);
        if (next != current) {
            if (current != null) {
                current.deactivate();
            }
            current = next;
            content.getChildren().setAll(next.node());
            next.activate();
        }
        next.open(place);
    }

    public void deactivate() {
        if (current != null) {
            current.deactivate();
            current = null;
        }
    }

    public void bindStatus(StatusBarViewModel status) {
        countsLabel.textProperty().bind(status.counts());
        technicianLabel.textProperty().bind(status.technician());
        slaLabel.textProperty().bind(status.slaWarning());
    }

    /** Shows a failed backup in the status bar until one succeeds; a click opens Settings, where backups are made. */
    public void bindBackup(org.techbench.ui.settings.BackupViewModel backups) {
        backupLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> backups.problem().get().isEmpty()
                ? "" : messages.get("status.backupFailed"), backups.problem()));
        backupLabel.setOnMouseClicked(e -> navigator.goTo(new org.techbench.ui.settings.SettingsPlace()));
    }

    /** Shows where sync stands in the status bar; a click opens the Sync screen. */
    public void bindSync(SyncViewModel sync) {
        syncLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncState state = sync.state().get();
            SyncStanding standing = sync.standing().get();
            String text = state == SyncState.SYNCED && standing != null && standing.lastSyncAt() != null
                    ? messages.get("sync.indicator.SYNCED", Wording.ago(messages, standing.lastSyncAt(), Instant.now()))
                    : messages.get("sync.indicator." + state.name());
            int pending = sync.pending().get();
            return pending > 0 && state != SyncState.SYNCING ? messages.get("sync.indicator.pending", text, pending) : text;
        }, sync.state(), sync.standing(), sync.pending(), sync.ticks()));
        syncLabel.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(sync.state().get() == SyncState.OFFLINE ? "mdmz-sync_disabled" : "mdmz-sync"), sync.state()));
        sync.state().addListener((obs, old, state) -> {
            syncLabel.getStyleClass().removeIf(style -> style.startsWith("sync-") && !style.equals("sync-indicator"));
            syncLabel.getStyleClass().add("sync-" + state.name());
        });
        syncLabel.setOnMouseClicked(e -> navigator.goTo(new SyncPlace()));
    }

    public Node content() {
        return content;
    }
}
