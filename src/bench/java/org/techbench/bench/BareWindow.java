package org.techbench.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.techbench.ui.shell.FirstFrame;

/** The baseline for start-up: a bare JavaFX window with one label, timed the same way as the workbench. */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself; the entry point cannot be an Application on the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("TechBench"), 1280, 800);
            stage.setScene(scene);
            FirstFrame.watch(scene, millis -> {
                System.out.println("first-frame-ms " + millis);
                Platform.exit();
            });
            stage.show();
        }
    }
}
