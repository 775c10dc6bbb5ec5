package org.techbench.ui.assets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.AssetField;
import org.techbench.service.asset.ColumnReading;
import org.techbench.service.asset.DateOrder;
import org.techbench.service.asset.ImportMapping;
import org.techbench.service.asset.ImportNotice;
import org.techbench.service.asset.ImportPlan;
import org.techbench.ui.common.ChoiceNames;
import org.techbench.ui.common.Columns;

/**
 * The import's mapping step: how each column is read (guessed, for the user to correct), which of
 * our kinds and statuses the file's own values stand for, the site of rows without one, new sites,
 * and the order of day and month. Every change checks the file again.
 */
final class ImportMappingTabs {

    /** "Leave the column out", among the fields a column can be read as. */
    private static final String LEAVE_OUT = "";

    private final ImportViewModel model;
    private final Texts messages;
    private final TableView<ColumnReading> columns = new TableView<>();
    private final TableView<ValueRow> values = new TableView<>();
    private final Tab columnsTab;
    private final Tab valuesTab;
    private final HBox sites;
    private final ComboBox<String> defaultSite = new ComboBox<>();
    private final CheckBox createSites;
    private final ComboBox<DateOrder> dates = new ComboBox<>();
    private final TableColumn<ColumnReading, String> sheetColumn;
    private boolean showing;

    /** A value of the file in a kind or status column, and what it is read as. */
    record ValueRow(AssetField field, String value, Integer rows, Enum<?> readAs) {
    }

    ImportMappingTabs(ImportViewModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        columns.setId("import-columns");
        columns.setPlaceholder(new Label(messages.get("import.noColumns")));
        sheetColumn = Columns.text(messages.get("import.sheet"), 90, ColumnReading::sheet);
        columns.getColumns().addAll(sheetColumn,
                Columns.text(messages.get("import.fileColumn"), 190, ColumnReading::header),
                Columns.text(messages.get("import.sample"), 220, ColumnReading::sample),
                readAsColumn(),
                Columns.text(messages.get("import.how"), 210, reading -> messages.get("import.how." + reading.source().name())));
        values.setId("import-values");
        values.setPlaceholder(new Label(messages.get("import.noValues")));
        values.getColumns().addAll(
                Columns.text(messages.get("import.column"), 110, row -> messages.get("field." + row.field().name())),
                Columns.text(messages.get("import.value"), 240, ValueRow::value),
                Columns.text(messages.get("import.rows"), 70, row -> row.rows() == null ? "" : Integer.toString(row.rows())),
                valueColumn());
        columnsTab = new Tab(messages.get("import.columns"), columns);
        valuesTab = new Tab(messages.get("import.values", 0), values);

        defaultSite.setId("import-default-site");
        defaultSite.setEditable(true);
        defaultSite.setPrefWidth(140);
        defaultSite.getItems().setAll(model.siteCodes());
        defaultSite.setPromptText(messages.get("import.noDefaultSite"));
        createSites = new CheckBox(messages.get("import.createSites"));
        createSites.setId("import-create-sites");
        defaultSite.valueProperty().addListener((obs, old, value) -> sitesChanged());
        createSites.selectedProperty().addListener((obs, old, value) -> sitesChanged());
        dates.setId("import-date-order");
        dates.getItems().setAll(Arrays.asList(null, DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST));
        dates.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DateOrder order) {
                return messages.get("import.dates." + (order == null ? "FILE" : order.name()));
            }

            @Override
            public DateOrder fromString(String text) {
                return null; // chosen from the list, never typed
            }
        });
        dates.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DateOrder item, boolean empty) {
                super.updateItem(item, empty);
                // "As the file shows" is the null choice, which the box passes as empty.
                setText(dates.getConverter().toString(item));
            }
        });
        dates.valueProperty().addListener((obs, old, value) -> {
            if (!showing) {
                model.readDates(value);
            }
        });
        sites = new HBox(10, new Label(messages.get("import.defaultSite")), defaultSite, createSites,
                new Label(messages.get("import.datesRead")), dates);
        sites.setAlignment(Pos.CENTER_LEFT);
        sites.setId("import-reading");
    }

    Tab columnsTab() {
        return columnsTab;
    }

    Tab valuesTab() {
        return valuesTab;
    }

    /** The site, new sites and dates: above the tabs. */
    Node readingOptions() {
        return sites;
    }

    void disable(boolean busy) {
        sites.setDisable(busy);
        columns.setDisable(busy);
        values.setDisable(busy);
    }

    /** Shows how the plan read the file, without taking what it shows for a change by the user. */
    void show(ImportPlan plan) {
        showing = true;
        try {
            ImportMapping mapping = model.mapping().get();
            columns.setItems(FXCollections.observableArrayList(plan.columns()));
            sheetColumn.setVisible(plan.columns().stream().map(ColumnReading::sheet).distinct().count() > 1);
            List<ValueRow> rows = new ArrayList<>();
            for (ImportNotice notice : plan.notices()) {
                if (notice.code() == ImportNotice.Code.KIND_AS_OTHER) {
                    rows.add(new ValueRow(AssetField.KIND, notice.value(), notice.rows(), AssetKind.OTHER));
                } else if (notice.code() == ImportNotice.Code.STATUS_AS_IN_SERVICE) {
                    rows.add(new ValueRow(AssetField.STATUS, notice.value(), notice.rows(), AssetStatus.IN_SERVICE));
                }
            }
            // Values the user has mapped stay listed, so a choice can be changed again.
            mapping.kinds().forEach((value, kind) -> rows.add(new ValueRow(AssetField.KIND, value, null, kind)));
            mapping.statuses().forEach((value, status) -> rows.add(new ValueRow(AssetField.STATUS, value, null, status)));
            values.setItems(FXCollections.observableArrayList(rows));
            valuesTab.setText(messages.get("import.values", rows.size()));
            defaultSite.setValue(mapping.defaultSite());
            createSites.setSelected(mapping.createSites());
            dates.setValue(mapping.dateOrder());
        } finally {
            showing = false;
        }
    }

    private void sitesChanged() {
        if (!showing) {
            model.useSites(defaultSite.getValue(), createSites.isSelected());
        }
    }

    private TableColumn<ColumnReading, ColumnReading> readAsColumn() {
        List<String> choices = new ArrayList<>();
        choices.add(LEAVE_OUT);
        Arrays.stream(AssetField.values()).map(AssetField::header).forEach(choices::add);
        return choiceColumn(messages.get("import.readAs"), 180, choices,
                header -> header.isEmpty() ? messages.get("import.leaveOut")
                        : messages.get("field." + AssetField.byHeader(header).orElseThrow().name()),
                reading -> reading.field() == null ? LEAVE_OUT : reading.field().header(),
                (reading, header) -> model.mapColumn(reading.header(), header.isEmpty() ? null
                        : AssetField.byHeader(header).orElseThrow()), "import-read-as");
    }

    private TableColumn<ValueRow, ValueRow> valueColumn() {
        List<Enum<?>> choices = new ArrayList<>(Arrays.asList(AssetKind.values()));
        choices.addAll(Arrays.asList(AssetStatus.values()));
        TableColumn<ValueRow, ValueRow> column = choiceColumn(messages.get("import.readAs"), 200, choices,
                value -> messages.get((value instanceof AssetKind ? "assetKind." : "assetStatus.") + value.name()),
                ValueRow::readAs, (row, value) -> {
                    if (value instanceof AssetKind kind) {
                        model.mapKind(row.value(), kind);
                    } else if (value instanceof AssetStatus status) {
                        model.mapStatus(row.value(), status);
                    }
                }, "import-value-as");
        return column;
    }

    /**
     * A column whose cells are drop-downs: a kind row offers kinds and a status row statuses, a
     * column row every field; picking one tells {@code chosen}.
     */
    private <R, C> TableColumn<R, R> choiceColumn(String title, double width, List<C> all, Function<C, String> name,
                                                  Function<R, C> current, BiConsumer<R, C> chosen, String styleClass) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<C> box = new ComboBox<>();
            private boolean filling;

            {
                box.getStyleClass().add(styleClass);
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(ChoiceNames.by(name));
                box.valueProperty().addListener((obs, old, value) -> {
                    R row = getItem();
                    if (!filling && row != null && value != null && !value.equals(current.apply(row))) {
                        chosen.accept(row, value);
                    }
                });
            }

            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                filling = true;
                C now = current.apply(row);
                // A kind is read as a kind and a status as a status: the list offers only its own sort.
                box.getItems().setAll(all.stream().filter(choice -> !(choice instanceof Enum<?> offered)
                        || !(now instanceof Enum<?> held) || offered.getDeclaringClass() == held.getDeclaringClass()).toList());
                box.setValue(now);
                filling = false;
                setGraphic(box);
            }
        });
        return column;
    }
}
