package org.techbench.ui.settings;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.LookChoices;
import org.techbench.ui.common.Screen;

/** The settings screen. */
public final class SettingsView implements Screen {

    private final VBox root = new VBox(20);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
    private final SettingsViewModel model;
    private final BackupViewModel backups;

    public SettingsView(SettingsViewModel model, BackupViewModel backups, ScreenLockSettingsViewModel lock,
                        EncryptionSettingsViewModel encryption, DialogService dialogs,
                        Texts messages, String dataFolder, Runnable reopenWelcome) {
        this.backups = backups;
        this.model = model;
        root.setPadding(new Insets(24));
        scroll.setFitToWidth(true);
        root.setId("settings");
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("title-1");

        ComboBox<Locale> language = LookChoices.language("language", model.locale().get(), model.locale()::set);
        HBox themes = LookChoices.theme(messages, "theme", model.dark().get(), model.dark()::set);

        TextField name = new TextField();
        name.setId("technician-name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(model.name());
        Button save = new Button(messages.get("settings.technician.save"));
        save.setId("save-name");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.saveName());
        Label nameMessage = new Label(messages.get("settings.technician.hint"));
        nameMessage.getStyleClass().add("text-small");
        model.nameState().addListener((obs, old, state) -> {
            nameMessage.getStyleClass().removeAll("danger", "success", "text-muted");
            switch (state) {
                case EMPTY -> show(nameMessage, messages.get("settings.technician.empty"), "danger");
                case TOO_LONG -> show(nameMessage, messages.get("settings.technician.tooLong"), "danger");
                case SAVED -> show(nameMessage, messages.get("settings.technician.saved"), "success");
                case FAILED -> show(nameMessage, String.valueOf(model.failure().get()), "danger");
                case UNCHANGED -> show(nameMessage, messages.get("settings.technician.hint"), "text-muted");
            }
            name.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"),
                    state == SettingsViewModel.NameState.EMPTY || state == SettingsViewModel.NameState.TOO_LONG);
            save.setDisable(state == SettingsViewModel.NameState.EMPTY || state == SettingsViewModel.NameState.TOO_LONG);
        });
        nameMessage.setId("name-message");

        Label folder = new Label(dataFolder);
        folder.getStyleClass().add("text-muted");

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        form.addRow(0, caption(messages.get("settings.language")), language);
        form.addRow(1, caption(messages.get("settings.theme")), themes);
        form.addRow(2, caption(messages.get("settings.technician")), new HBox(8, name, save));
        form.add(nameMessage, 1, 3);
        form.addRow(4, caption(messages.get("settings.dataFolder")), folder);
        Button welcome = new Button(messages.get("settings.welcome.open"));
        welcome.setId("reopen-welcome");
        welcome.setOnAction(e -> reopenWelcome.run());
        form.addRow(5, caption(messages.get("settings.welcome")), welcome);
        root.getChildren().addAll(title, form, backupSection(backups, dialogs, messages), lockSection(lock, messages),
                EncryptionSection.of(encryption, dialogs, messages));
    }

    private static Node lockSection(ScreenLockSettingsViewModel lock, Texts messages) {
        Label heading = new Label(messages.get("settings.lock"));
        heading.getStyleClass().add("title-3");
        ComboBox<Integer> after = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                org.techbench.service.ScreenLock.CHOICES));
        after.setId("lock-after");
        after.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null || minutes == 0 ? messages.get("settings.lock.never")
                        : messages.get("settings.lock.minutes", minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        after.valueProperty().bindBidirectional(lock.minutes());
        javafx.scene.control.PasswordField pin = new javafx.scene.control.PasswordField();
        pin.setId("lock-pin");
        pin.setPrefColumnCount(14);
        pin.setPromptText(messages.get(lock.hasPin() ? "settings.lock.pinKept" : "settings.lock.pin"));
        pin.textProperty().bindBidirectional(lock.pin());
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("lock-pin-again");
        again.setPrefColumnCount(14);
        again.setPromptText(messages.get("settings.lock.again"));
        again.textProperty().bindBidirectional(lock.pinAgain());
        Button save = new Button(messages.get("settings.lock.save"));
        save.setId("save-lock");
        save.setOnAction(e -> lock.save());
        Label result = new Label();
        result.setId("lock-message");
        result.setWrapText(true);
        result.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> switch (lock.state().get()) {
            case UNCHANGED -> messages.get("settings.lock.hint");
            case SAVED -> messages.get("settings.lock.saved");
            case PIN_NEEDED -> messages.get("settings.lock.pinNeeded");
            case NOT_A_PIN -> messages.get("settings.lock.notAPin");
            case PINS_DIFFER -> messages.get("settings.lock.differ");
        }, lock.state()));
        lock.state().addListener((obs, old, state) -> {
            result.getStyleClass().removeAll("danger", "success");
            if (state == ScreenLockSettingsViewModel.State.SAVED) {
                result.getStyleClass().add("success");
                pin.setPromptText(messages.get("settings.lock.pinKept"));
            } else if (state != ScreenLockSettingsViewModel.State.UNCHANGED) {
                result.getStyleClass().add("danger");
            }
        });
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        form.addRow(0, caption(messages.get("settings.lock.after")), after);
        form.addRow(1, caption(messages.get("settings.lock.pinCaption")), new HBox(8, pin, again, save));
        form.add(result, 1, 2);
        return new VBox(12, heading, form);
    }

    private static Node backupSection(BackupViewModel backups, DialogService dialogs, Texts messages) {
        Label heading = new Label(messages.get("settings.backups"));
        heading.getStyleClass().add("title-3");
        Label folder = new Label();
        folder.setId("backup-folder");
        folder.textProperty().bind(backups.folder());
        Button choose = new Button(messages.get("settings.backups.choose"));
        choose.setId("choose-backup-folder");
        choose.setOnAction(e -> dialogs.chooseFolder(messages.get("settings.backups.folder"),
                java.nio.file.Path.of(backups.folder().get())).ifPresent(backups::useFolder));
        Button now = new Button(messages.get("settings.backups.now"), new org.kordamp.ikonli.javafx.FontIcon("mdal-backup"));
        now.setId("backup-now");
        now.disableProperty().bind(backups.running());
        now.setOnAction(e -> dialogs.runTask(messages.get("backup.task"), backups.backUpNow(), made -> messages.get("backup.done",
                made.rows(), backups.folder().get(), "%.1f".formatted(made.bytes() / 1e6), "%.1f".formatted(made.millis() / 1000.0))));
        Button verify = new Button(messages.get("settings.backups.verify"));
        verify.setId("verify-backup");
        verify.disableProperty().bind(backups.running().or(backups.newest().isNull()));
        verify.setOnAction(e -> backups.verifyNewest());
        Label newest = new Label();
        newest.setId("backup-newest");
        newest.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var last = backups.newest().get();
            return last == null ? messages.get("settings.backups.none") : messages.get("settings.backups.newest",
                    java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                            java.time.format.FormatStyle.SHORT).withLocale(messages.locale())
                            .format(last.createdAt().atZone(java.time.ZoneId.systemDefault())),
                    "%.1f".formatted(last.bytes() / 1e6), last.rows(), last.attachments().size());
        }, backups.newest()));
        Label result = new Label();
        result.setId("backup-result");
        result.setWrapText(true);
        result.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!backups.problem().get().isEmpty()) {
                return backups.problem().get();
            }
            var check = backups.check().get();
            return check == null ? "" : check.whole() ? messages.get("settings.backups.whole")
                    : messages.get("settings.backups.notWhole", String.join("; ", check.problems()));
        }, backups.problem(), backups.check()));
        backups.problem().addListener((obs, old, now2) -> restyle(result, backups));
        backups.check().addListener((obs, old, now2) -> restyle(result, backups));
        Label hint = new Label(messages.get("settings.backups.hint"));
        hint.getStyleClass().add("text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        form.addRow(0, caption(messages.get("settings.backups.folder")), new HBox(8, folder, choose));
        form.addRow(1, new Label(), new HBox(8, now, verify));
        form.add(newest, 1, 2);
        form.addRow(3, caption(messages.get("settings.backups.restoreCaption")), restoreRow(backups, dialogs, messages));
        form.add(result, 1, 4);
        form.add(hint, 1, 5);
        return new VBox(12, heading, form);
    }

    /** A backup of the folder to restore, chosen from a list, verified, and restored after a confirmation. */
    private static Node restoreRow(BackupViewModel backups, DialogService dialogs, Texts messages) {
        var when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(messages.locale());
        java.util.function.Function<org.techbench.service.backup.BackupManifest, String> describe = backup -> backup == null ? ""
                : messages.get("settings.backups.choice", when.format(backup.createdAt().atZone(java.time.ZoneId.systemDefault())),
                        backup.rows(), "%.1f".formatted(backup.bytes() / 1e6));
        ComboBox<org.techbench.service.backup.BackupManifest> choice = new ComboBox<>(backups.all());
        choice.setId("restore-choice");
        choice.setConverter(org.techbench.ui.common.ChoiceNames.by(describe));
        choice.valueProperty().bindBidirectional(backups.chosen());
        choice.setPromptText(messages.get("settings.backups.none"));
        Button restore = new Button(messages.get("settings.backups.restore"), new org.kordamp.ikonli.javafx.FontIcon("mdmz-restore"));
        restore.setId("restore-backup");
        restore.disableProperty().bind(backups.running().or(backups.chosen().isNull()));
        restore.setOnAction(e -> backups.restoreChosen(backup -> dialogs.confirm(messages.get("settings.backups.restoreTitle"),
                messages.get("settings.backups.restoreQuestion", describe.apply(backup)),
                messages.get("settings.backups.restoreNow"))));
        return new HBox(8, choice, restore);
    }

    private static void restyle(Label result, BackupViewModel backups) {
        result.getStyleClass().removeAll("danger", "success");
        var check = backups.check().get();
        result.getStyleClass().add(!backups.problem().get().isEmpty() || check != null && !check.whole() ? "danger" : "success");
    }

    @Override
    public void activate() {
        model.activate();
        backups.refresh();
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    private static void show(Label label, String text, String style) {
        label.setText(text);
        label.getStyleClass().add(style);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
