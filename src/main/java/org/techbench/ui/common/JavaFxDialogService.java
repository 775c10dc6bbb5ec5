package org.techbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.TaskProgressView;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;

/** The window's dialogs, in JavaFX and ControlsFX, owned by the main window. */
public final class JavaFxDialogService implements DialogService {

    private static final Duration TOAST_TIME = Duration.seconds(5);

    private final Supplier<Window> owner;
    private final Texts messages;
    private final Background background;
    private final java.util.function.Consumer<String> showDocument;

    /** {@code showDocument} is the application's: JavaFX opens a file by its URI with the system's program. */
    public JavaFxDialogService(Supplier<Window> owner, Texts messages, Background background,
                               java.util.function.Consumer<String> showDocument) {
        this.owner = owner;
        this.messages = messages;
        this.background = background;
        this.showDocument = showDocument;
    }

    @Override
    public void open(Path fileOrFolder) {
        showDocument.accept(fileOrFolder.toAbsolutePath().toUri().toString());
    }

    @Override
    public boolean confirm(String title, String question, String confirmText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().lookupButton(yes).setId("confirm-yes");
        alert.getDialogPane().lookupButton(no).setId("confirm-no");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && java.nio.file.Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    private static FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        return chooser;
    }

    @Override
    public <T> void runTask(String title, Function<Progress, T> work, Function<T, String> outcome) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        TaskProgressView<Task<?>> view = new TaskProgressView<>();
        view.getTasks().add(task);
        view.setId("task-progress");
        view.setPrefSize(480, 120);
        Label failure = new Label();
        failure.setId("task-message");
        failure.setWrapText(true);
        failure.getStyleClass().add("danger");
        Button close = new Button(messages.get("common.close"));
        close.setId("task-close");
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, view);
        root.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root, 520, 180);
        scene.getStylesheets().addAll(owner.get().getScene().getStylesheets());
        stage.setScene(scene);
        close.setOnAction(e -> stage.close());
        // Closing the window while the work runs cancels it; the work stops at its next check.
        stage.setOnCloseRequest(e -> task.cancel());
        task.setOnSucceeded(e -> {
            stage.close();
            toast(outcome.apply(task.getValue()));
        });
        task.setOnCancelled(e -> {
            stage.close();
            toast(messages.get("task.cancelled", title));
        });
        task.setOnFailed(e -> {
            failure.setText(task.getException() == null ? title : task.getException().getMessage());
            root.getChildren().setAll(new Label(title), failure, buttons);
            close.requestFocus();
        });
        background.run(() -> {
            task.run();
            return null;
        }, ignored -> { }, error -> { });
        stage.show();
    }

    @Override
    public void toast(String text) {
        Notifications.create().owner(owner.get()).text(text).position(Pos.BOTTOM_RIGHT).hideAfter(TOAST_TIME)
                .styleClass("toast").show();
    }

    @Override
    public void showForm(Form form) {
        new FormDialog(owner.get(), form).show();
    }

    /** Background work as a JavaFX task, so ControlsFX shows its progress and its Cancel reaches the work. */
    private static final class ProgressTask<T> extends Task<T> {
        private final Function<Progress, T> work;

        ProgressTask(String title, Function<Progress, T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() {
            return work.apply(new Progress() {
                @Override
                public void report(String stage, long done, long total) {
                    updateMessage(stage);
                    updateProgress(total <= 0 ? -1 : done, total <= 0 ? 1 : total);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
        }
    }
}
