package org.techbench.ui.faults;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.service.fault.FaultDetail;

/** The Faults screen: a filtered list with SLA standings beside the open fault, its moves and its journal. */
final class FaultsView {

    private final FaultsViewModel model;
    private final Texts messages;
    private final FaultDialogs dialogs;
    private final VBox root = new VBox(12);
    private final TableView<FaultRow> table = new TableView<>();
    private final VBox detailPane = new VBox(10);
    private final DateTimeFormatter times;

    FaultsView(FaultsViewModel model, Texts messages, FaultDialogs dialogs, Consumer<java.util.UUID> open) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("faults");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("faults.title"));
        title.getStyleClass().add("title-1");

        ComboBox<FaultScope> scope = new ComboBox<>();
        scope.setId("faults-scope");
        scope.getItems().setAll(FaultScope.values());
        scope.setConverter(ChoiceNames.of(messages, "faults.scope."));
        scope.valueProperty().bindBidirectional(model.scope());
        ComboBox<org.techbench.domain.fault.Priority> priority = new ComboBox<>();
        priority.setId("faults-priority");
        priority.getItems().add(null);
        priority.getItems().addAll(org.techbench.domain.fault.Priority.values());
        // No priority chosen means all of them, in the list and on the button alike.
        priority.setCellFactory(list -> new PriorityCell(false));
        priority.setButtonCell(new PriorityCell(true));
        priority.valueProperty().bindBidirectional(model.priority());
        CheckBox mine = new CheckBox(messages.get("faults.mine"));
        mine.setId("faults-mine");
        mine.selectedProperty().bindBidirectional(model.mine());
        Button report = new Button(messages.get("faults.report"), new FontIcon("mdal-add_alert"));
        report.setId("report-fault");
        report.getStyleClass().add("accent");
        report.setOnAction(e -> model.sites(sites -> dialogs.report(window(), sites,
                (filled, saved, refused) -> model.report(filled, id -> {
                    saved.run();
                    open.accept(id);
                }, refused))));
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        model.rows().addListener((javafx.collections.ListChangeListener<FaultRow>) c ->
                count.setText(messages.get("faults.count", model.rows().size())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(8, scope, priority, mine, count, spacer, report);
        filters.setAlignment(Pos.CENTER_LEFT);

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
                detailPane.requestFocus();
            }
        });
        detailPane.setId("fault-detail");
        detailPane.setPadding(new Insets(4, 4, 4, 12));
        ScrollPane detailScroll = new ScrollPane(detailPane);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("faults-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        root.getChildren().addAll(title, filters, problem, split);
        model.detail().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(null);
    }

    Node node() {
        return root;
    }

    /** Selects the fault in the list when it is there (it opens by the place either way). */
    void select(java.util.UUID faultId) {
        model.rows().stream().filter(row -> row.fault().id().equals(faultId)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showDetail(FaultDetail detail) {
        detailPane.getChildren().clear();
        if (detail == null) {
            Label hint = new Label(messages.get("faults.pick"));
            hint.getStyleClass().add("text-muted");
            detailPane.getChildren().add(hint);
            return;
        }
        Fault f = detail.fault();
        Label heading = new Label(f.number() + "  " + f.priority() + "  " + messages.get("status." + f.status().name()));
        heading.setId("fault-heading");
        heading.getStyleClass().add("title-3");
        Label symptom = new Label(f.symptom());
        symptom.setWrapText(true);
        symptom.getStyleClass().add("text-bold");
        Label sla = new Label(messages.get("faults.sla", messages.get("sla." + detail.sla().standing().name()),
                times.format(detail.sla().responseDue()), times.format(detail.sla().resolutionDue()),
                detail.sla().paused().toMinutes()));
        sla.setId("fault-sla");
        sla.setWrapText(true);
        sla.getStyleClass().add("sla-" + detail.sla().standing().name());
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "faults.category", messages.get("faultCategory." + f.category().name()) + " / "
                + messages.get("faultSubcategory." + f.subcategory().name()));
        row = fact(facts, row, "faults.where", detail.siteCode() + (detail.assetTag() == null ? "" : " · " + detail.assetTag())
                + (f.place() == null ? "" : " · " + f.place()));
        row = fact(facts, row, "faults.reporter", f.reporterName() + (f.reporterContact() == null ? "" : " · " + f.reporterContact()));
        row = fact(facts, row, "faults.occurred", times.format(f.occurredAt()));
        if (f.businessImpact() != null) {
            row = fact(facts, row, "faults.businessImpact", f.businessImpact());
        }
        row = fact(facts, row, "faults.assignee", detail.assigneeName() == null ? messages.get("faults.nobody")
                : detail.assigneeName());
        if (f.rootCause() != null) {
            row = fact(facts, row, "faults.rootCause", f.rootCause());
            row = fact(facts, row, "faults.resolution", f.resolution());
            row = fact(facts, row, "faults.lessons", f.lessons());
            row = fact(facts, row, "faults.prevention", f.prevention());
        }
        if (f.satisfaction() != null || f.satisfactionComment() != null) {
            fact(facts, row, "faults.satisfaction", (f.satisfaction() == null ? "" : f.satisfaction() + "/5 ")
                    + (f.satisfactionComment() == null ? "" : f.satisfactionComment()));
        }
        detailPane.getChildren().addAll(heading, symptom, sla, facts, actions(f), journal(detail));
    }

    private int fact(GridPane facts, int row, String key, String value) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("text-muted");
        Label text = new Label(value);
        text.setWrapText(true);
        facts.addRow(row, caption, text);
        return row + 1;
    }

    /** A button per move the life cycle allows from here, and assigning to oneself while the fault is open. */
    private Node actions(Fault f) {
        FlowPane buttons = new FlowPane(8, 8);
        if (f.status().isOpen()) {
            Button mine = new Button(messages.get("faults.assignToMe"), new FontIcon("mdmz-person_add"));
            mine.setId("fault-assign-me");
            mine.setOnAction(e -> model.assignToMe());
            buttons.getChildren().add(mine);
        }
        for (FaultStatus target : f.status().next()) {
            if (target == FaultStatus.ASSIGNED) {
                continue;
            }
            Button move = new Button(messages.get("faults.move." + target.name()));
            move.setId("fault-move-" + target.name());
            move.setOnAction(e -> {
                switch (target) {
                    case RESOLVED -> dialogs.resolve(window(), summary -> model.resolve(summary, () -> { }));
                    case CLOSED -> dialogs.close(window(), (rating, comment, reason) -> model.close(rating, comment, reason,
                            () -> { }));
                    case ON_HOLD, CANCELLED -> dialogs.reason(window(), messages.get("faults.move." + target.name()),
                            reason -> model.move(target, reason));
                    default -> model.move(target, null);
                }
            });
            if (target == FaultStatus.RESOLVED || target == FaultStatus.IN_PROGRESS && f.status() != FaultStatus.RESOLVED) {
                move.getStyleClass().add("accent");
            }
            buttons.getChildren().add(move);
        }
        return buttons;
    }

    private Node journal(FaultDetail detail) {
        Label heading = new Label(messages.get("faults.journal"));
        heading.getStyleClass().add("title-4");
        ListView<FaultEvent> entries = new ListView<>();
        entries.setId("fault-journal");
        entries.getItems().setAll(detail.journal().reversed());
        entries.setPrefHeight(260);
        entries.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(FaultEvent event, boolean empty) {
                super.updateItem(event, empty);
                if (empty || event == null) {
                    setText(null);
                    return;
                }
                setText(times.format(event.happenedAt()) + "  " + messages.get("entry." + event.kind().name()) + "\n"
                        + event.body());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        ComboBox<FaultEventKind> kind = new ComboBox<>();
        kind.setId("entry-kind");
        kind.getItems().setAll(FaultEventKind.INQUIRY, FaultEventKind.OBSERVATION, FaultEventKind.TEST,
                FaultEventKind.LOG_ANALYSIS, FaultEventKind.ACTION, FaultEventKind.NOTE);
        kind.setConverter(ChoiceNames.of(messages, "entry."));
        kind.setValue(FaultEventKind.OBSERVATION);
        TextField body = new TextField();
        body.setId("entry-body");
        body.setPromptText(messages.get("faults.entryHint"));
        HBox.setHgrow(body, Priority.ALWAYS);
        Button add = new Button(messages.get("faults.addEntry"));
        add.setId("entry-add");
        Runnable adding = () -> model.addEntry(kind.getValue(), body.getText(), body::clear);
        add.setOnAction(e -> adding.run());
        body.setOnAction(e -> adding.run());
        HBox addRow = new HBox(8, kind, body, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, addRow, entries);
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
        column.setPrefWidth(120);
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

    /** A priority's name, or "All priorities" for the empty choice. */
    private final class PriorityCell extends ListCell<org.techbench.domain.fault.Priority> {
        /** The button shows "All priorities" for no choice, which reaches it as an empty cell. */
        private final boolean button;

        PriorityCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(org.techbench.domain.fault.Priority value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty && !button ? null : value == null ? messages.get("faults.allPriorities") : value.name());
        }
    }
}
