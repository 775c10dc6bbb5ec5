package org.techbench.ui.assets;

import java.util.ArrayList;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.techbench.domain.asset.Asset;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.ImportNotice;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportProblem;
import org.techbench.ui.common.Columns;

/** The import window: what the file holds, every problem, the options, then the import with progress. */
final class ImportDialog {

    private static final int PREVIEW_ROWS = 500;

    private final ImportViewModel model;
    private final Texts messages;
    private final Stage stage = new Stage();

    ImportDialog(ImportViewModel model, Texts messages, Window owner) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.title", model.file().getFileName()));

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("text-bold");
        summary.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup existing = new ToggleGroup();
        RadioButton update = new RadioButton(messages.get("import.updateExisting"));
        RadioButton skip = new RadioButton(messages.get("import.skipExisting"));
        update.setToggleGroup(existing);
        skip.setToggleGroup(existing);
        update.setSelected(true);
        update.selectedProperty().bindBidirectional(model.updateExisting());
        CheckBox strict = new CheckBox(messages.get("import.allOrNothing"));
        strict.setId("import-all-or-nothing");
        strict.selectedProperty().bindBidirectional(model.allOrNothing());
        HBox options = new HBox(16, update, skip, strict);
        options.setId("import-options");

        TableView<ImportProblem> problems = new TableView<>();
        problems.setId("import-problems");
        problems.setPlaceholder(new Label(messages.get("import.noProblems")));
        problems.getColumns().addAll(
                Columns.text(messages.get("import.sheet"), 90, ImportProblem::sheet),
                Columns.text(messages.get("import.row"), 60, p -> Integer.toString(p.row())),
                Columns.text(messages.get("import.column"), 120, ImportProblem::column),
                Columns.text(messages.get("import.value"), 160, ImportProblem::value),
                Columns.text(messages.get("import.reason"), 420,
                        p -> messages.get("problem.code." + p.code().name(), p.value())));
        TableView<Asset> preview = new TableView<>();
        preview.setId("import-preview");
        preview.setPlaceholder(new Label(messages.get("import.noPreview")));
        preview.getColumns().addAll(
                Columns.text(messages.get("field.TAG"), 150, Asset::tag),
                Columns.text(messages.get("field.NAME"), 220, Asset::name),
                Columns.text(messages.get("field.KIND"), 100, a -> messages.get("assetKind." + a.kind().name())),
                Columns.text(messages.get("field.SERIAL"), 130, Asset::serial),
                Columns.text(messages.get("field.IP_ADDRESS"), 130, Asset::ipAddress));
        TableView<ImportNotice> notices = new TableView<>();
        notices.setId("import-notices");
        notices.setPlaceholder(new Label(messages.get("import.noNotices")));
        notices.getColumns().addAll(
                Columns.text(messages.get("import.notice"), 640, this::noticeText),
                Columns.text(messages.get("import.rows"), 90, n -> Integer.toString(n.rows())));
        Tab problemsTab = new Tab(messages.get("import.problems", 0), problems);
        Tab noticesTab = new Tab(messages.get("import.notices", 0), notices);
        Tab previewTab = new Tab(messages.get("import.preview"), preview);
        ImportMappingTabs mapping = new ImportMappingTabs(model, messages);
        TabPane tabs = new TabPane(problemsTab, mapping.columnsTab(), mapping.valuesTab(), noticesTab, previewTab);
        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progress());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.getStyleClass().add("danger");
        message.textProperty().bind(model.message());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> model.cancel());
        Button importButton = new Button(messages.get("import.run"));
        importButton.setId("import-run");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> model.importNow());
        Button close = new Button(messages.get("common.close"));
        close.setId("import-close");
        close.setOnAction(e -> stage.close());
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, cancel, importButton, close);
        bar.setAlignment(Pos.CENTER_RIGHT);

        // Keeps the buttons at the foot of the dialog while there is no list above them.
        Region filler = new Region();
        VBox.setVgrow(filler, Priority.ALWAYS);

        Runnable refresh = () -> {
            ImportViewModel.State state = model.state().get();
            boolean busy = state == ImportViewModel.State.CHECKING || state == ImportViewModel.State.IMPORTING
                    || state == ImportViewModel.State.CANCELLING;
            progress.setVisible(busy);
            cancel.setVisible(busy);
            cancel.setDisable(state == ImportViewModel.State.CANCELLING);
            importButton.setDisable(!model.canImport());
            close.setDisable(busy);
            update.setDisable(busy || state == ImportViewModel.State.IMPORTED);
            mapping.disable(update.isDisable());
            skip.setDisable(update.isDisable());
            strict.setDisable(update.isDisable());
            ImportPlan plan = model.plan().get();
            // Until the file has been read there is nothing to list, and a file that cannot be read
            // at all has no rows for the options to act on: only its reason is shown.
            tabs.setVisible(plan != null);
            tabs.setManaged(plan != null);
            filler.setManaged(plan == null);
            boolean unreadable = plan == null && state == ImportViewModel.State.REFUSED;
            options.setVisible(!unreadable);
            options.setManaged(!unreadable);
            mapping.readingOptions().setVisible(plan != null);
            mapping.readingOptions().setManaged(plan != null);
            if (plan != null) {
                mapping.show(plan);
                problems.setItems(FXCollections.observableArrayList(plan.problems()));
                problemsTab.setText(messages.get("import.problems", plan.outcome().problems()));
                notices.setItems(FXCollections.observableArrayList(plan.notices()));
                noticesTab.setText(messages.get("import.notices", plan.notices().size()));
                var rows = new ArrayList<>(plan.sample().creates());
                rows.addAll(plan.sample().updates());
                preview.setItems(FXCollections.observableArrayList(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size()))));
            }
            summary.setText(switch (state) {
                case null -> "";
                case CHECKING -> messages.get("import.checking");
                case IMPORTING -> messages.get("import.importing");
                case CANCELLING -> messages.get("import.cancelling");
                case IMPORTED -> messages.get("import.done", model.result().get().created(), model.result().get().updated(),
                        model.result().get().components(), model.result().get().software());
                case CANCELLED -> messages.get("import.cancelled");
                case REFUSED -> messages.get("import.refused");
                case CHECKED -> describe(plan);
            });
        };
        model.state().addListener((obs, old, value) -> refresh.run());
        model.plan().addListener((obs, old, value) -> refresh.run());

        VBox root = new VBox(12, summary, options, mapping.readingOptions(), tabs, message, filler, bar);
        root.setPadding(new Insets(16));
        root.setId("import-dialog");
        Scene scene = new Scene(root, 1080, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.state().get() == ImportViewModel.State.IMPORTING || model.state().get() == ImportViewModel.State.CANCELLING) {
                e.consume(); // the import finishes, or is cancelled and taken back, first: it is whole or absent
            }
        });
        refresh.run();
    }

    void show() {
        stage.show();
        model.check();
    }

    private String noticeText(ImportNotice notice) {
        String value = notice.code() == ImportNotice.Code.DATE_ORDER
                ? messages.get("notice.DATE_ORDER." + notice.value()) : notice.value();
        return messages.get("notice." + notice.code().name(), value);
    }

    private String describe(ImportPlan plan) {
        String counts = messages.get("import.summary", plan.fileName(), plan.format()
                        + (plan.encoding().isEmpty() ? "" : ", " + plan.encoding()), plan.rowsRead(), plan.outcome().created(),
                plan.outcome().updated(), plan.outcome().unchanged(), plan.outcome().skipped(), plan.outcome().components(),
                plan.outcome().software());
        if (plan.outcome().problems() == 0) {
            return counts;
        }
        return counts + "\n" + messages.get(plan.applicable() ? "import.problemsSkipped" : "import.problemsBlock",
                plan.outcome().problems());
    }
}
