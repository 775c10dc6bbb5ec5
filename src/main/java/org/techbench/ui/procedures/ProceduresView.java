package org.techbench.ui.procedures;

import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.procedure.DefinitionCheck;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.i18n.Texts;
import org.techbench.service.procedure.RunListing;

/**
 * The Procedures screen: the library by kind with a search, the runs in progress and the finished
 * runs on the left; on the right the chosen procedure's steps with Start, or the open run.
 */
final class ProceduresView {

    private final ProceduresViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    private final VBox preview = new VBox(8);
    private final StackPane right = new StackPane();
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final Node left;
    private final Node runner;
    private final Consumer<ProcedureDefinition> start;
    private final Consumer<RunListing> openRun;
    private final DateTimeFormatter times;

    ProceduresView(ProceduresViewModel model, Texts messages, Node runner, Consumer<ProcedureDefinition> start,
                   Consumer<RunListing> openRun, Runnable addFromFile) {
        this.model = model;
        this.messages = messages;
        this.runner = runner;
        this.start = start;
        this.openRun = openRun;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("procedures");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("procedures.title"));
        title.getStyleClass().add("title-1");
        Button add = new Button(messages.get("procedures.add"), new FontIcon("mdal-file_upload"));
        add.setId("procedures-add");
        add.setOnAction(e -> addFromFile.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, spacer, add);
        heading.setAlignment(Pos.CENTER_LEFT);

        search.setId("procedures-search");
        search.setPromptText(messages.get("procedures.searchHint"));
        search.textProperty().bindBidirectional(model.search());
        ListView<ProcedureDefinition> library = new ListView<>(model.library());
        library.setId("procedures-library");
        library.setPlaceholder(new Label(messages.get("procedures.noneFound")));
        library.setCellFactory(list -> new DefinitionCell());
        library.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.chosen().set(chosen);
            }
        });
        library.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && library.getSelectionModel().getSelectedItem() != null) {
                start.accept(library.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(library, Priority.ALWAYS);
        VBox libraryBox = new VBox(8, search, library);
        libraryBox.setPadding(new Insets(8, 0, 0, 0));

        ListView<RunListing> inProgress = runList("procedures-in-progress", model.inProgress(), "procedures.noRunsInProgress");
        ListView<RunListing> finished = runList("procedures-finished", model.finished(), "procedures.noRunsFinished");
        Label finishedOf = new Label();
        finishedOf.getStyleClass().add("text-muted");
        Button everyAsset = new Button(messages.get("procedures.everyAsset"));
        everyAsset.setId("procedures-every-asset");
        everyAsset.setOnAction(e -> model.finishedOf().set(null));
        HBox filter = new HBox(8, finishedOf, everyAsset);
        filter.setAlignment(Pos.CENTER_LEFT);
        Runnable showFilter = () -> {
            boolean one = model.finishedOf().get() != null;
            finishedOf.setText(one ? messages.get("procedures.finishedOf", model.finishedOfTag().get()) : "");
            filter.setVisible(one);
            filter.setManaged(one);
        };
        model.finishedOf().addListener((obs, old, asset) -> showFilter.run());
        model.finishedOfTag().addListener((obs, old, tag) -> showFilter.run());
        showFilter.run();
        VBox.setVgrow(finished, Priority.ALWAYS);
        VBox finishedBox = new VBox(8, filter, finished);
        finishedBox.setPadding(new Insets(8, 0, 0, 0));
        VBox inProgressBox = new VBox(inProgress);
        inProgressBox.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(inProgress, Priority.ALWAYS);

        Tab libraryTab = new Tab(messages.get("procedures.tab.library"), libraryBox);
        libraryTab.setId("procedures-tab-library");
        Tab inProgressTab = new Tab(messages.get("procedures.tab.inProgress"), inProgressBox);
        inProgressTab.setId("procedures-tab-in-progress");
        Tab finishedTab = new Tab(messages.get("procedures.tab.finished"), finishedBox);
        finishedTab.setId("procedures-tab-finished");
        inProgressTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                messages.get("procedures.tab.inProgressCount", model.inProgress().size()), model.inProgress()));
        tabs.getTabs().addAll(libraryTab, inProgressTab, finishedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("procedures-tabs");
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox left = new VBox(8, problem, tabs);
        left.setMinWidth(300);
        left.setPrefWidth(380);

        preview.setId("procedures-preview");
        preview.setPadding(new Insets(4, 4, 4, 12));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        right.getChildren().addAll(previewScroll, runner);
        runner.setVisible(false);
        model.chosen().addListener((obs, old, chosen) -> showPreview(chosen));
        showPreview(null);
        this.left = left;
        split.getItems().setAll(left, right);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(left, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(heading, split);
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
    }

    /** Shows the runner across the screen (a run is open; Pause brings the lists back), or the lists and the chosen procedure. */
    void showRunner(boolean open) {
        runner.setVisible(open);
        right.getChildren().getFirst().setVisible(!open);
        if (open && split.getItems().size() == 2) {
            split.getItems().setAll(right);
        } else if (!open && split.getItems().size() == 1) {
            split.getItems().setAll(left, right);
            split.setDividerPositions(0.34);
        }
    }

    void showFinished() {
        tabs.getSelectionModel().select(2);
    }

    private ListView<RunListing> runList(String id, javafx.collections.ObservableList<RunListing> runs, String empty) {
        ListView<RunListing> list = new ListView<>(runs);
        list.setId(id);
        list.setPlaceholder(new Label(messages.get(empty)));
        list.setCellFactory(view -> new RunCell());
        list.setOnMouseClicked(e -> {
            RunListing chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                openRun.accept(chosen);
            }
        });
        list.setOnKeyPressed(e -> {
            RunListing chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                openRun.accept(chosen);
            }
        });
        return list;
    }

    private void showPreview(ProcedureDefinition definition) {
        preview.getChildren().clear();
        if (definition == null) {
            Label hint = new Label(messages.get("procedures.chooseHint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            preview.getChildren().add(hint);
            return;
        }
        Label heading = new Label(definition.title().in(messages.locale()));
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        heading.setId("procedures-preview-title");
        Label meta = new Label(messages.get("procedures.meta", definition.code(), definition.version(),
                messages.get("procedures.kindOf." + definition.kind().name()),
                messages.get(model.teamMade(definition) ? "procedures.team" : "procedures.builtIn")));
        meta.getStyleClass().add("text-muted");
        Button startButton = new Button(messages.get("procedures.start"), new FontIcon("mdmz-play_arrow"));
        startButton.setId("procedures-start");
        startButton.getStyleClass().add("accent");
        startButton.setOnAction(e -> start.accept(definition));
        preview.getChildren().addAll(heading, meta, startButton);
        int number = 1;
        for (StepDefinition step : definition.steps()) {
            Label text = new Label(number++ + ". " + step.text().in(messages.locale()));
            text.setWrapText(true);
                List<String> exits = DefinitionCheck.exits(definition, step);
            List<String> leads = new java.util.ArrayList<>();
            for (int i = 0; i < exits.size(); i++) {
                String where = definition.step(exits.get(i)).map(s -> "→ " + (definition.steps().indexOf(s) + 1))
                        .orElse("→ " + messages.get("procedures.end"));
                // A check's first way is its pass, the second its fail.
                leads.add(step.kind() == org.techbench.domain.procedure.StepKind.CHECK && exits.size() == 2
                        ? messages.get(i == 0 ? "procedures.answer.pass" : "procedures.answer.fail") + " " + where : where);
            }
            Label detail = new Label(messages.get("procedures.kind." + step.kind().name())
                    + (step.required() ? " · " + messages.get("procedures.required") : "") + "   " + String.join("  ·  ", leads));
            detail.getStyleClass().addAll("text-muted", "text-small");
            preview.getChildren().add(new VBox(1, text, detail));
        }
    }

    /** A procedure in the library: its title, its kind and code, and whether the team wrote it. */
    private final class DefinitionCell extends ListCell<ProcedureDefinition> {
        @Override
        protected void updateItem(ProcedureDefinition definition, boolean empty) {
            super.updateItem(definition, empty);
            if (empty || definition == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(definition.title().in(messages.locale()));
            name.getStyleClass().add("text-bold");
            Label detail = new Label(messages.get("procedures.kindOf." + definition.kind().name()) + " · " + definition.code()
                    + (model.teamMade(definition) ? " · " + messages.get("procedures.team") + " v" + definition.version() : ""));
            detail.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, name, detail));
            setText(null);
            setPrefWidth(0); // the list's width, never a sideways scroll
        }
    }

    /** A run: its procedure, what it is for, who started it and when. */
    private final class RunCell extends ListCell<RunListing> {
        @Override
        protected void updateItem(RunListing run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(run.title().in(messages.locale()));
            name.getStyleClass().add("text-bold");
            String forWhat = String.join(" · ", java.util.stream.Stream.of(run.assetTag(), run.faultNumber())
                    .filter(java.util.Objects::nonNull).toList());
            Label detail = new Label(forWhat + "   " + run.technician() + " · "
                    + times.format(run.run().finishedAt() != null ? run.run().finishedAt() : run.run().startedAt()));
            detail.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, name, detail));
            setText(null);
            setPrefWidth(0);
        }
    }
}
