package org.techbench.ui.settings;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.techbench.i18n.Texts;
import org.techbench.service.Preferences;
import org.techbench.ui.common.Screen;

/** The settings screen. */
public final class SettingsView implements Screen {

    private final VBox root = new VBox(20);
    private final SettingsViewModel model;

    public SettingsView(SettingsViewModel model, Texts messages, String dataFolder, Runnable reopenWelcome) {
        this.model = model;
        root.setPadding(new Insets(24));
        root.setId("settings");
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("title-1");

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().addAll(Preferences.ENGLISH, Preferences.SIMPLIFIED_CHINESE);
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(model.locale());

        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(messages.get("settings.theme.light"));
        RadioButton dark = new RadioButton(messages.get("settings.theme.dark"));
        light.setId("theme-light");
        dark.setId("theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (model.dark().get() ? dark : light).setSelected(true);
        dark.selectedProperty().addListener((obs, old, selected) -> model.dark().set(selected));

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
        form.addRow(1, caption(messages.get("settings.theme")), new HBox(16, light, dark));
        form.addRow(2, caption(messages.get("settings.technician")), new HBox(8, name, save));
        form.add(nameMessage, 1, 3);
        form.addRow(4, caption(messages.get("settings.dataFolder")), folder);
        Button welcome = new Button(messages.get("settings.welcome.open"));
        welcome.setId("reopen-welcome");
        welcome.setOnAction(e -> reopenWelcome.run());
        form.addRow(5, caption(messages.get("settings.welcome")), welcome);
        root.getChildren().addAll(title, form);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
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
        label.getStyleClass().add("text-bold");
        return label;
    }

    /** Shows each language in its own name. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Preferences.SIMPLIFIED_CHINESE.equals(item) ? "简体中文" : "English");
        }
    }
}
