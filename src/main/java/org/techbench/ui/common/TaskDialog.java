package org.techbench.ui.common;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.techbench.service.Progress;

/** A small window for long work: a progress bar and Cancel while it runs, then its outcome and Close. */
public final class TaskDialog {

    private TaskDialog() {
    }

    /** Runs {@code work} in the background; its result is turned into the message shown at the end. */
    public static <T> void run(Window owner, Messages messages, Background background, String title,
                               Function<Progress, T> work, Function<T, String> outcome) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Label text = new Label(title);
        text.setWrapText(true);
        text.setId("task-message");
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(420);
        Button cancel = new Button(messages.get("common.cancel"));
        Button close = new Button(messages.get("common.close"));
        close.setId("task-close");
        close.setVisible(false);
        close.setOnAction(e -> stage.close());
        ProgressOnScreen progress = new ProgressOnScreen(background, bar::setProgress);
        cancel.setOnAction(e -> progress.cancel());
        HBox buttons = new HBox(8, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, text, bar, buttons);
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 480, 150);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!close.isVisible()) {
                progress.cancel();
                e.consume();
            }
        });
        Runnable finish = () -> {
            bar.setProgress(1);
            cancel.setVisible(false);
            close.setVisible(true);
            close.requestFocus();
        };
        background.run(() -> work.apply(progress), result -> {
            text.setText(outcome.apply(result));
            finish.run();
        }, error -> {
            text.setText(error.getMessage());
            text.getStyleClass().add("danger");
            finish.run();
        });
        stage.show();
    }
}
