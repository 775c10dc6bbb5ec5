package org.techbench.ui.maintenance;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Columns;

/** The list of checklists due, by site and asset, with the inspections left unfinished above it. */
final class MaintenanceView {

    private final MaintenanceViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    private final TableView<DueCheck> table = new TableView<>();
    private final FlowPane resume = new FlowPane(8, 8);

    MaintenanceView(MaintenanceViewModel model, Texts messages, Consumer<DueCheck> start, Consumer<UUID> open,
                    Runnable editChecklists, Runnable importForms) {
        this.model = model;
        this.messages = messages;
        root.setId("maintenance");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("maintenance.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(messages.get("maintenance.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);

        ComboBox<Site> site = new ComboBox<>(model.siteChoices());
        site.setId("maintenance-site");
        site.setPromptText(messages.get("maintenance.allSites"));
        site.valueProperty().bindBidirectional(model.site());
        site.setConverter(new StringConverter<>() {
            @Override
            public String toString(Site value) {
                return value == null ? messages.get("maintenance.allSites") : value.code() + " · " + value.name();
            }

            @Override
            public Site fromString(String text) {
                return null;
            }
        });
        site.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Site value, boolean empty) {
                super.updateItem(value, empty);
                setText(value == null ? messages.get("maintenance.allSites") : value.code() + " · " + value.name());
            }
        });
        ComboBox<AssetKind> kind = new ComboBox<>();
        kind.setId("maintenance-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(AssetKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssetKind value) {
                return value == null ? messages.get("maintenance.allKinds") : messages.get("assetKind." + value.name());
            }

            @Override
            public AssetKind fromString(String text) {
                return null;
            }
        });
        HBox horizons = new HBox();
        horizons.getStyleClass().add("segmented-button");
        ToggleGroup group = new ToggleGroup();
        for (DueHorizon horizon : DueHorizon.values()) {
            ToggleButton button = new ToggleButton(messages.get("maintenance.horizon." + horizon.name()));
            button.setId("horizon-" + horizon.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(model.horizon().get() == horizon);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.horizon().set(horizon);
            });
            horizons.getChildren().add(button);
        }
        Label count = new Label();
        count.setId("due-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("maintenance.count",
                model.due().size(), model.overdue().get()), model.due(), model.overdue()));
        FlowPane filters = new FlowPane(8, 8, site, kind, horizons, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        table.setId("due-table");
        table.getColumns().add(Columns.text(messages.get("maintenance.due"), 210, d -> {
            long late = d.daysOverdue(model.today());
            return dates.format(d.earliestDue()) + (late > 0 ? "  " + messages.get("maintenance.late", late)
                    : late == 0 ? "  " + messages.get("maintenance.today") : "");
        }));
        table.getColumns().add(Columns.text(messages.get("maintenance.site"), 70, DueCheck::siteCode));
        table.getColumns().add(Columns.text(messages.get("maintenance.tag"), 150, DueCheck::tag));
        table.getColumns().add(Columns.text(messages.get("maintenance.asset"), 200, DueCheck::assetName));
        table.getColumns().add(Columns.text(messages.get("maintenance.checklist"), 220,
                d -> d.templateName().in(messages.locale())));
        table.getColumns().add(Columns.text(messages.get("maintenance.checks"), 80, d -> messages.number(d.items().size())));
        table.setPlaceholder(new Label(messages.get("maintenance.nothingDue")));
        table.setRowFactory(view -> {
            TableRow<DueCheck> row = new TableRow<>() {
                @Override
                protected void updateItem(DueCheck item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("overdue");
                    if (!empty && item != null && item.daysOverdue(model.today()) > 0) {
                        getStyleClass().add("overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    start.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                start.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setItems(model.due());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button startButton = new Button(messages.get("maintenance.start"), new FontIcon("mdal-fact_check"));
        startButton.setId("start-inspection");
        startButton.getStyleClass().add("accent");
        startButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        startButton.setOnAction(e -> start.accept(table.getSelectionModel().getSelectedItem()));
        Label failure = new Label();
        failure.getStyleClass().add("text-danger");
        failure.textProperty().bind(model.failure());

        resume.setId("resume-inspections");
        model.unfinished().addListener((ListChangeListener<InspectionRecord>) change -> showResume(open));
        Button checklists = new Button(messages.get("maintenance.checklists"), new FontIcon("mdal-edit"));
        checklists.setId("edit-checklists");
        checklists.setOnAction(e -> editChecklists.run());
        Button forms = new Button(messages.get("maintenance.importForms"), new FontIcon("mdal-file_upload"));
        forms.setId("import-forms");
        forms.setOnAction(e -> importForms.run());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(12, startButton, failure, spacer, forms, checklists);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(new VBox(4, title, intro), resume, filters, table, actions);
    }

    Node node() {
        return root;
    }

    void focus() {
        table.requestFocus();
    }

    private void showResume(Consumer<UUID> open) {
        resume.getChildren().clear();
        if (model.unfinished().isEmpty()) {
            return;
        }
        Label label = new Label(messages.get("maintenance.resume"));
        label.getStyleClass().add("text-bold");
        resume.getChildren().add(label);
        for (InspectionRecord record : model.unfinished()) {
            Button button = new Button(record.assetTag() + " · " + record.template().name().in(messages.locale())
                    + " · " + messages.get("maintenance.answered", record.answers().size(), record.template().items().size()),
                    new FontIcon("mdmz-play_arrow"));
            button.getStyleClass().add("resume-button");
            button.setOnAction(e -> open.accept(record.inspection().id()));
            resume.getChildren().add(button);
        }
    }
}
