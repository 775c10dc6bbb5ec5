package org.techbench.ui.faults;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.domain.people.Technician;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.ui.knowledge.SuggestionsModel;
import org.techbench.ui.knowledge.SuggestionsPanel;
import org.techbench.ui.common.ChoiceNames;

/**
 * The Faults screen: filters (and saved ones), the list or the board with SLA standings, and the
 * open fault beside them.
 */
final class FaultsView {

    private final FaultsViewModel model;
    private final Texts messages;
    private final FaultDialogs dialogs;
    private final Consumer<UUID> open;
    private final VBox root = new VBox(10);
    private final TableView<FaultRow> table = new TableView<>();
    private final FaultDetailPane detail;
    private final KnowledgeLinks knowledge;
    private final DateTimeFormatter times;

    FaultsView(FaultsViewModel model, Texts messages, FaultDialogs dialogs, Consumer<UUID> open,
               Consumer<org.techbench.ui.common.Place> openElsewhere, KnowledgeLinks knowledge) {
        this.knowledge = knowledge;
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.open = open;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        this.detail = new FaultDetailPane(model, messages, dialogs, this::window, openElsewhere, knowledge);
        root.setId("faults");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("faults.title"));
        title.getStyleClass().add("title-1");
        Button report = new Button(messages.get("faults.report"), new FontIcon("mdal-add_alert"));
        report.setId("report-fault");
        report.getStyleClass().add("accent");
        report.setOnAction(e -> report(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleGroup shape = new ToggleGroup();
        ToggleButton asList = new ToggleButton(null, new FontIcon("mdal-list"));
        asList.setId("faults-as-list");
        asList.setToggleGroup(shape);
        asList.setSelected(true);
        ToggleButton asBoard = new ToggleButton(null, new FontIcon("mdmz-view_week"));
        asBoard.setId("faults-as-board");
        asBoard.setToggleGroup(shape);
        asList.setTooltip(new javafx.scene.control.Tooltip(messages.get("faults.asList")));
        asBoard.setTooltip(new javafx.scene.control.Tooltip(messages.get("faults.asBoard")));
        HBox heading = new HBox(10, title, spacer, asList, asBoard, report);
        heading.setAlignment(Pos.CENTER_LEFT);

        table.setId("fault-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("faults.none")));
        table.getColumns().setAll(List.of(
                column("number", 140, row -> row.fault().number()),
                column("priority", 62, row -> row.fault().priority().name()),
                column("status", 90, row -> messages.get("status." + row.fault().status().name())),
                slaColumn(),
                column("symptom", 260, row -> row.fault().symptom()),
                column("reported", 140, row -> times.format(row.fault().reportedAt()))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                open.accept(row.fault().id());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                detail.node().requestFocus();
            }
        });
        FaultBoard board = new FaultBoard(model.rows(), messages, open);
        StackPane listOrBoard = new StackPane(table, board.node());
        board.node().visibleProperty().bind(asBoard.selectedProperty());
        table.visibleProperty().bind(asBoard.selectedProperty().not());
        shape.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            }
        });
        ScrollPane detailScroll = new ScrollPane(detail.node());
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(listOrBoard, detailScroll);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("faults-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        root.getChildren().addAll(heading, filters(), problem, split);
    }

    Node node() {
        return root;
    }

    /** Selects the fault in the list when it is there (it opens by the place either way). */
    void select(UUID faultId) {
        model.rows().stream().filter(row -> row.fault().id().equals(faultId)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    /** Opens the report form; {@code asset} (may be null) is the asset it is about. */
    void report(Asset asset) {
        SuggestionsModel suggestions = knowledge.forReport();
        Node panel = new SuggestionsPanel(suggestions, messages, SuggestionsPanel.Mode.CHOOSE, knowledge.open(),
                result -> { }).node();
        model.sites(sites -> dialogs.report(window(), sites, asset, suggestions, panel,
                (filled, saved, refused) -> model.report(filled, id -> {
                    saved.run();
                    // The fixes marked to try go into the new fault's journal, then it opens.
                    suggestions.applyChosen(id, () -> open.accept(id), model.problem()::set);
                }, refused)));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node filters() {
        ComboBox<FaultScope> scope = new ComboBox<>();
        scope.setId("faults-scope");
        scope.getItems().setAll(FaultScope.values());
        scope.setConverter(ChoiceNames.of(messages, "faults.scope."));
        scope.valueProperty().bindBidirectional(model.scope());
        ComboBox<org.techbench.domain.fault.Priority> priority = anyChoice("faults-priority", "faults.allPriorities",
                p -> p.name());
        priority.getItems().addAll(org.techbench.domain.fault.Priority.values());
        priority.valueProperty().bindBidirectional(model.priority());
        ComboBox<FaultCategory> category = anyChoice("faults-category", "faults.allCategories",
                c -> messages.get("faultCategory." + c.name()));
        category.getItems().addAll(FaultCategory.values());
        category.valueProperty().bindBidirectional(model.category());
        ComboBox<Site> site = anyChoice("faults-site", "faults.allSites", s -> s.code());
        model.siteChoices().addListener((ListChangeListener<Site>) c -> refill(site, model.siteChoices()));
        site.valueProperty().bindBidirectional(model.site());
        ComboBox<Technician> assignee = anyChoice("faults-assignee", "faults.anyone", Technician::name);
        model.technicianChoices().addListener((ListChangeListener<Technician>) c ->
                refill(assignee, model.technicianChoices()));
        assignee.valueProperty().bindBidirectional(model.assignee());
        ComboBox<SlaFilter> sla = new ComboBox<>();
        sla.setId("faults-sla");
        sla.getItems().setAll(SlaFilter.values());
        sla.setConverter(ChoiceNames.of(messages, "faults.slaFilter."));
        sla.valueProperty().bindBidirectional(model.sla());
        CheckBox mine = new CheckBox(messages.get("faults.mine"));
        mine.setId("faults-mine");
        mine.selectedProperty().bindBidirectional(model.mine());
        Label count = new Label();
        count.setId("faults-count");
        count.getStyleClass().add("text-muted");
        model.rows().addListener((ListChangeListener<FaultRow>) c ->
                count.setText(messages.get("faults.count", model.rows().size())));
        FlowPane filters = new FlowPane(8, 8, savedFilters(), scope, priority, category, site, assignee, sla, mine, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    /** The saved filters: the built-in "Mine, open", the technician's own, saving the current one and forgetting one. */
    private MenuButton savedFilters() {
        MenuButton saved = new MenuButton(messages.get("faults.filter.saved"), new FontIcon("mdal-filter_list"));
        saved.setId("faults-saved");
        Runnable fill = () -> {
            saved.getItems().clear();
            MenuItem mineOpen = new MenuItem(messages.get("faults.filter.mineOpen"));
            mineOpen.setId("saved-mine-open");
            mineOpen.setOnAction(e -> model.applySaved(FaultsViewModel.MINE_OPEN));
            saved.getItems().add(mineOpen);
            for (String name : model.savedFilterNames()) {
                MenuItem item = new MenuItem(name);
                item.setOnAction(e -> model.applySaved(name));
                saved.getItems().add(item);
            }
            saved.getItems().add(new SeparatorMenuItem());
            MenuItem save = new MenuItem(messages.get("faults.filter.save"));
            save.setId("saved-save");
            save.setOnAction(e -> {
                TextInputDialog ask = new TextInputDialog();
                ask.initOwner(window());
                ask.setTitle(messages.get("faults.filter.save"));
                ask.setHeaderText(messages.get("faults.filter.name"));
                ask.getEditor().setId("saved-name");
                ask.showAndWait().ifPresent(model::saveFilter);
            });
            saved.getItems().add(save);
            for (String name : model.savedFilterNames()) {
                MenuItem forget = new MenuItem(messages.get("faults.filter.forget", name));
                forget.setOnAction(e -> model.forgetFilter(name));
                saved.getItems().add(forget);
            }
        };
        model.savedFilterNames().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return saved;
    }

    /** A choice whose empty value means any, worded so in the list and on the button alike. */
    private <T> ComboBox<T> anyChoice(String id, String anyKey, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.setCellFactory(list -> new AnyCell<>(false, anyKey, name));
        box.setButtonCell(new AnyCell<>(true, anyKey, name));
        return box;
    }

    private static <T> void refill(ComboBox<T> box, List<T> values) {
        T chosen = box.getValue();
        box.getItems().setAll(new java.util.ArrayList<T>(java.util.Collections.singletonList(null)));
        box.getItems().addAll(values);
        box.setValue(values.contains(chosen) ? chosen : null);
    }

    private TableColumn<FaultRow, String> column(String id, double width, Function<FaultRow, String> value) {
        TableColumn<FaultRow, String> column = new TableColumn<>(messages.get("faults.column." + id));
        column.setId("fault-column-" + id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** The SLA standing, coloured by the theme's classes so a fault near or past its target stands out. */
    private TableColumn<FaultRow, SlaStanding> slaColumn() {
        TableColumn<FaultRow, SlaStanding> column = new TableColumn<>(messages.get("faults.column.sla"));
        column.setId("fault-column-sla");
        column.setPrefWidth(140);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().sla().standing()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SlaStanding standing, boolean empty) {
                super.updateItem(standing, empty);
                getStyleClass().removeAll("sla-ON_TRACK", "sla-NEAR", "sla-BREACHED", "sla-MET");
                setText(empty || standing == null ? null : messages.get("sla." + standing.name()));
                if (!empty && standing != null) {
                    getStyleClass().add("sla-" + standing.name());
                }
            }
        });
        return column;
    }

    /** A value's name, or the "any" wording for the empty choice (which reaches the button as an empty cell). */
    private final class AnyCell<T> extends ListCell<T> {
        private final boolean button;
        private final String anyKey;
        private final Function<T, String> name;

        AnyCell(boolean button, String anyKey, Function<T, String> name) {
            this.button = button;
            this.anyKey = anyKey;
            this.name = name;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty && !button ? null : value == null ? messages.get(anyKey) : name.apply(value));
        }
    }
}
