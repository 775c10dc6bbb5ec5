package org.techbench.ui;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.techbench.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do to the window and ask of it and of its store, by the ids the screens give their controls. */
final class WindowDriver {

    private final FxRobot robot;
    private final Path store;

    WindowDriver(FxRobot robot, Path store) {
        this.robot = robot;
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    <T> void choose(String query, T value) {
        robot.lookup(query).queryAs(ComboBox.class).setValue(value);
    }

    void type(String query, String text) {
        robot.lookup(query).queryAs(TextInputControl.class).setText(text);
    }

    /** What a text field or area holds; empty when it is not there. */
    String typed(String query) {
        return robot.lookup(query).tryQuery().map(node -> ((TextInputControl) node).getText()).orElse("");
    }

    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    /** A label's text; empty when it is not there. */
    String text(String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** The single number a query of the store gives. */
    long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(store), "techbench", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits up to 20 s, looking at the scene on the FX thread, so a lookup never walks rows being redrawn. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(20, condition);
    }

    /** Waits as above, up to {@code seconds}. */
    static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
