package org.techbench.ui.maintenance;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.techbench.i18n.Texts;
import org.techbench.service.maintenance.FormImport;
import org.techbench.ui.common.Columns;

/** The window of a forms import: the inspections the file holds, every problem by sheet and row, then Import. */
final class FormImportDialog {

    private final FormImportViewModel model;
    private final Texts messages;
    private final Stage stage = new Stage();

    FormImportDialog(FormImportViewModel model, Texts messages, Window owner, Runnable imported) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("formImport.title", model.file().getFileName()));

        Label summary = new Label();
        summary.setId("form-import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("text-bold");
        summary.setMinHeight(Region.USE_PREF_SIZE);

        TableView<FormImport.Ready> ready = new TableView<>();
        ready.setId("form-import-ready");
        ready.setPlaceholder(new Label(messages.get("formImport.noneReady")));
        ready.getColumns().addAll(
                Columns.text(messages.get("import.sheet"), 260, FormImport.Ready::sheet),
                Columns.text(messages.get("formImport.asset"), 140, FormImport.Ready::tag),
                Columns.text(messages.get("formImport.checklist"), 220, FormImport.Ready::checklist),
                Columns.text(messages.get("formImport.date"), 100,
                        r -> r.inspection().finishedAt().toLocalDate().toString()),
                Columns.text(messages.get("formImport.answers"), 80, r -> Integer.toString(r.results().size())),
                Columns.text(messages.get("formImport.failed"), 80, r -> Long.toString(r.failed())),
                Columns.text(messages.get("formImport.customer"), 140, r -> r.inspection().customerName()));
        TableView<FormImport.Problem> problems = problemTable("form-import-problems", messages.get("import.noProblems"));
        TableView<FormImport.Problem> notices = problemTable("form-import-notices", messages.get("formImport.noneLeftOut"));
        Tab readyTab = new Tab(messages.get("formImport.readyTab", 0), ready);
        Tab problemsTab = new Tab(messages.get("import.problems", 0), problems);
        Tab noticesTab = new Tab(messages.get("formImport.leftOut", 0), notices);
        TabPane tabs = new TabPane(problemsTab, readyTab, noticesTab);
        tabs.setId("form-import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("form-import-message");
        message.setWrapText(true);
        message.getStyleClass().add("text-danger");
        message.textProperty().bind(model.message());
        Button importButton = new Button(messages.get("import.run"));
        importButton.setId("form-import-run");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> model.importNow());
        Button close = new Button(messages.get("common.close"));
        close.setId("form-import-close");
        close.setOnAction(e -> stage.close());
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, importButton, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        Region filler = new Region();
        VBox.setVgrow(filler, Priority.ALWAYS);

        Runnable refresh = () -> {
            FormImportViewModel.State state = model.state().get();
            boolean busy = state == FormImportViewModel.State.CHECKING || state == FormImportViewModel.State.IMPORTING;
            progress.setVisible(busy);
            importButton.setDisable(!model.canImport());
            close.setDisable(busy);
            FormImport read = model.read().get();
            tabs.setVisible(read != null);
            tabs.setManaged(read != null);
            filler.setManaged(read == null);
            if (read != null) {
                ready.setItems(FXCollections.observableArrayList(read.ready()));
                problems.setItems(FXCollections.observableArrayList(read.problems()));
                notices.setItems(FXCollections.observableArrayList(read.notices()));
                readyTab.setText(messages.get("formImport.readyTab", read.ready().size()));
                problemsTab.setText(messages.get("import.problems", read.problems().size()));
                noticesTab.setText(messages.get("formImport.leftOut", read.notices().size()));
                tabs.getSelectionModel().select(read.problems().isEmpty() ? readyTab : problemsTab);
            }
            summary.setText(switch (state) {
                case null -> "";
                case CHECKING -> messages.get("import.checking");
                case IMPORTING -> messages.get("import.importing");
                case IMPORTED -> messages.get("formImport.done", model.imported());
                case REFUSED -> messages.get("import.refused");
                case CHECKED -> read.problems().isEmpty()
                        ? messages.get(read.ready().isEmpty() ? "formImport.nothing" : "formImport.ready", read.ready().size())
                        : messages.get("formImport.blocked", read.problems().size());
            });
            if (state == FormImportViewModel.State.IMPORTED) {
                imported.run();
            }
        };
        model.state().addListener((obs, old, value) -> refresh.run());

        VBox root = new VBox(12, summary, tabs, message, filler, bar);
        root.setPadding(new Insets(16));
        root.setId("form-import-dialog");
        Scene scene = new Scene(root, 980, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.state().get() == FormImportViewModel.State.IMPORTING) {
                e.consume(); // one transaction: it finishes first
            }
        });
        refresh.run();
    }

    private TableView<FormImport.Problem> problemTable(String id, String placeholder) {
        TableView<FormImport.Problem> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.getColumns().addAll(
                Columns.text(messages.get("import.sheet"), 260, FormImport.Problem::sheet),
                Columns.text(messages.get("import.row"), 50, p -> p.row() == 0 ? "" : Integer.toString(p.row())),
                Columns.text(messages.get("import.reason"), 640, FormImport.Problem::message));
        return table;
    }

    void show() {
        stage.show();
        model.check();
    }
}
