package org.techbench.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.i18n.Texts;

/** The page an encrypted store opens behind: its folder, the passphrase field, and what a wrong try left. */
public final class PassphraseView {

    private final VBox root = new VBox(16);

    public PassphraseView(PassphraseViewModel model, Texts messages) {
        root.setId("passphrase-page");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        FontIcon icon = new FontIcon("mdal-enhanced_encryption");
        icon.getStyleClass().add("lock-icon");
        Label title = new Label(messages.get("passphrase.title"));
        title.getStyleClass().add("title-2");
        Label where = new Label(messages.get("passphrase.hint", model.folder().root()));
        where.setWrapText(true);
        where.setMaxWidth(560);
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        field.setPromptText(messages.get("passphrase.prompt"));
        field.setPrefColumnCount(22);
        field.disableProperty().bind(model.checking());
        Button unlock = new Button(messages.get("passphrase.unlock"), new FontIcon("mdal-lock_open"));
        unlock.setId("unlock-store");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.checking());
        unlock.setOnAction(e -> {
            model.unlock(field.getText());
            field.clear();
        });
        Label problem = new Label();
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problem().get().isEmpty() ? ""
                : model.problem().get() + " " + messages.get("passphrase.triesLeft", model.triesLeft().get()),
                model.problem(), model.triesLeft()));
        HBox entry = new HBox(8, field, unlock);
        entry.setAlignment(Pos.CENTER);
        root.getChildren().addAll(icon, title, where, entry, problem);
        model.checking().addListener((obs, was, now) -> {
            if (!now) {
                field.requestFocus();
            }
        });
        javafx.application.Platform.runLater(field::requestFocus);
    }

    public Node node() {
        return root;
    }
}
