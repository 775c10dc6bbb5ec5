package org.techbench.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.DialogService;

/** Settings' encryption section: turn it on with a new passphrase, or change the passphrase. */
final class EncryptionSection {

    private EncryptionSection() {
    }

    static Node of(EncryptionSettingsViewModel model, DialogService dialogs, Texts messages) {
        Label heading = new Label(messages.get("settings.encryption"));
        heading.getStyleClass().add("title-3");
        Label state = new Label(model.encrypted() ? messages.get("settings.encryption.on", model.fingerprint())
                : messages.get("settings.encryption.off"));
        state.setId("encryption-state");
        state.setWrapText(true);
        state.setMaxWidth(720);
        PasswordField current = field("encryption-current", messages.get("settings.encryption.current"), model.current());
        PasswordField next = field("encryption-new", messages.get("settings.encryption.new"), model.next());
        PasswordField again = field("encryption-again", messages.get("settings.encryption.again"), model.again());
        Label result = new Label();
        result.setId("encryption-message");
        result.setWrapText(true);
        result.setMaxWidth(720);
        result.textProperty().bind(Bindings.createStringBinding(() -> !model.problem().get().isEmpty() ? model.problem().get()
                : model.changed().get() ? messages.get("settings.encryption.changed") : "", model.problem(), model.changed()));
        model.problem().addListener((obs, was, now) -> {
            result.getStyleClass().removeAll("danger", "success");
            result.getStyleClass().add(now.isEmpty() ? "success" : "danger");
        });
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(14);
        if (model.encrypted()) {
            Button change = new Button(messages.get("settings.encryption.change"), new FontIcon("mdmz-vpn_key"));
            change.setId("change-passphrase");
            change.disableProperty().bind(model.busy());
            change.setOnAction(e -> model.changePassphrase());
            form.addRow(0, caption(messages.get("settings.encryption.currentCaption")), current);
            form.addRow(1, caption(messages.get("settings.encryption.newCaption")), new HBox(8, next, again, change));
        } else {
            Button encrypt = new Button(messages.get("settings.encryption.turnOn"), new FontIcon("mdal-enhanced_encryption"));
            encrypt.setId("encrypt-store");
            encrypt.setOnAction(e -> model.turnOn(() -> dialogs.confirm(messages.get("settings.encryption.confirmTitle"),
                    messages.get("settings.encryption.confirm"), messages.get("settings.encryption.turnOn"))));
            form.addRow(0, caption(messages.get("settings.encryption.newCaption")), new HBox(8, next, again, encrypt));
        }
        form.add(result, 1, 2);
        return new VBox(12, heading, state, form);
    }

    private static PasswordField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
