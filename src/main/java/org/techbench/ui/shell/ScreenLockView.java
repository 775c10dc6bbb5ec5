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

/** The locked window: nothing of the workbench, only the PIN that opens it. */
public final class ScreenLockView {

    private final VBox root = new VBox(16);

    public ScreenLockView(ScreenLockViewModel model, Texts messages) {
        root.setId("screen-lock");
        root.getStyleClass().add("screen-lock");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        FontIcon icon = new FontIcon("mdal-lock");
        icon.getStyleClass().add("lock-icon");
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("title-2");
        Label who = new Label(messages.get("lock.hint"));
        who.setWrapText(true);
        PasswordField pin = new PasswordField();
        pin.setId("unlock-pin");
        pin.setPromptText(messages.get("lock.pin"));
        pin.setPrefColumnCount(10);
        Button unlock = new Button(messages.get("lock.unlock"), new FontIcon("mdal-lock_open"));
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.message().isEqualTo(ScreenLockViewModel.Message.CHECKING));
        Runnable tryPin = () -> {
            model.unlock(pin.getText());
            pin.clear();
        };
        unlock.setOnAction(e -> tryPin.run());
        // Enter in the field tries the PIN itself: a screen under the lock may have a default button of its own.
        pin.setOnAction(e -> {
            tryPin.run();
            e.consume();
        });
        Label message = new Label();
        message.setId("unlock-message");
        message.getStyleClass().add("danger");
        message.textProperty().bind(Bindings.createStringBinding(() -> switch (model.message().get()) {
            case NONE, CHECKING -> "";
            case WRONG -> messages.get("lock.wrong");
            case WAIT -> messages.get("lock.wait", ScreenLockViewModel.PAUSE.toSeconds());
        }, model.message()));
        HBox entry = new HBox(8, pin, unlock);
        entry.setAlignment(Pos.CENTER);
        root.getChildren().addAll(icon, title, who, entry, message);
        root.visibleProperty().bind(model.locked());
        model.locked().addListener((obs, was, now) -> {
            if (now) {
                pin.clear();
                pin.requestFocus();
            }
        });
    }

    public Node node() {
        return root;
    }
}
