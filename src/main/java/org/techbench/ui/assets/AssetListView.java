package org.techbench.ui.assets;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;

/** The asset list: search, filters, a virtualised table sorted by the database, and the list's actions. */
final class AssetListView {

    private final AssetListViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    /** ControlsFX's search field: a clear button appears once something is typed. */
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final TableView<Integer> table = new TableView<>();
    private final IndexList items = new IndexList();

    AssetListView(AssetListViewModel model, Texts messages, Consumer<UUID> open, Runnable create,
                  Runnable importFile, Runnable exportFile, ColumnChoice columns) {
        this.model = model;
        this.messages = messages;
        root.setPadding(new Insets(20, 24, 12, 24));
        root.setId("asset-list");

        Label title = new Label(messages.get("assets.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("asset-count");
        count.getStyleClass().add("text-muted");
        Runnable updateCount = () -> count.setText(model.matches().get() < 0 ? messages.get("assets.searching")
                : model.total().get() >= 0 && model.total().get() != model.matches().get()
                ? messages.get("assets.countOf", model.matches().get(), model.total().get())
                : messages.get("assets.count", model.matches().get()));
        model.matches().addListener((obs, old, value) -> updateCount.run());
        model.total().addListener((obs, old, value) -> updateCount.run());
        updateCount.run();

        Button newAsset = new Button(messages.get("assets.new"), new FontIcon("mdal-add"));
        newAsset.setId("new-asset");
        newAsset.setOnAction(e -> create.run());
        newAsset.getStyleClass().add("accent");
        Button importButton = new Button(messages.get("assets.import"), new FontIcon("mdal-file_upload"));
        importButton.setId("import-assets");
        importButton.setOnAction(e -> importFile.run());
        Button exportButton = new Button(messages.get("assets.export"), new FontIcon("mdmz-save_alt"));
        exportButton.setId("export-assets");
        exportButton.setOnAction(e -> exportFile.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, count, spacer, importButton, exportButton, newAsset);
        header.setAlignment(Pos.CENTER_LEFT);

        search.setId("asset-search");
        search.setPromptText(messages.get("assets.searchPrompt"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.search());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !items.isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        ComboBox<Site> site = choice("filter-site", messages.get("assets.allSites"), model.siteChoices(),
                s -> s.code() + " · " + s.name());
        site.valueProperty().bindBidirectional(model.site());
        ComboBox<AssetKind> kind = choice("filter-kind", messages.get("assets.allKinds"),
                FXCollections.observableArrayList(AssetKind.values()),
                k -> messages.get("assetKind." + k.name()));
        kind.valueProperty().bindBidirectional(model.kind());
        // ControlsFX's multi-choice: in service and spare together, say; none ticked shows every status.
        CheckComboBox<AssetStatus> status = new CheckComboBox<>(FXCollections.observableArrayList(AssetStatus.values()));
        status.setId("filter-status");
        status.setTitle(messages.get("assets.allStatuses"));
        status.setConverter(AssetEditorDialog.converter(s -> messages.get("assetStatus." + s.name())));
        status.getCheckModel().getCheckedItems().addListener((ListChangeListener<AssetStatus>) change -> {
            model.statuses().retainAll(status.getCheckModel().getCheckedItems());
            model.statuses().addAll(status.getCheckModel().getCheckedItems());
            status.setTitle(model.statuses().isEmpty() ? messages.get("assets.allStatuses") : null);
        });
        // A place that clears the filters (a Dashboard card) unticks them here too.
        model.statuses().addListener((SetChangeListener<AssetStatus>) change -> {
            if (!Set.copyOf(status.getCheckModel().getCheckedItems()).equals(model.statuses())) {
                status.getCheckModel().clearChecks();
                model.statuses().forEach(chosen -> status.getCheckModel().check(chosen));
            }
        });
        ComboBox<WarrantyState> warranty = choice("filter-warranty", messages.get("assets.anyWarranty"),
                FXCollections.observableArrayList(WarrantyState.EXPIRED, WarrantyState.EXPIRING,
                        WarrantyState.VALID, WarrantyState.UNKNOWN),
                w -> messages.get("warranty." + w.name()));
        warranty.valueProperty().bindBidirectional(model.warranty());
        CheckBox archived = new CheckBox(messages.get("assets.showArchived"));
        archived.setId("show-archived");
        archived.selectedProperty().bindBidirectional(model.includeArchived());
        for (Control control : List.of(site, kind, status, warranty, archived)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        site.setPrefWidth(220);
        search.setPrefWidth(320);
        search.setLeft(new FontIcon("mdmz-search"));
        // On a narrow laptop screen the filters wrap onto a second line instead of being cut off.
        FlowPane filters = new FlowPane(8, 8, search, site, kind, status, warranty, archived);
        filters.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        rememberColumns(columns);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(model.idAt(table.getSelectionModel().getSelectedItem()));
                e.consume();
            }
        });
        table.setRowFactory(view -> {
            var row = new TableRow<Integer>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(model.idAt(row.getItem()));
                }
            });
            return row;
        });
        Label failure = new Label();
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failure());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, filters, failure, table);

        model.shownRows().addListener((obs, old, value) -> items.resize(value.intValue()));
        model.rowsVersion().addListener((obs, old, value) -> table.refresh());
    }

    Node node() {
        return root;
    }

    /** Which of the list's columns are hidden, kept between sessions. */
    interface ColumnChoice {
        Set<String> hidden();

        void hide(Set<String> hidden);
    }

    private void rememberColumns(ColumnChoice choice) {
        Set<String> hidden = choice.hidden();
        for (TableColumn<Integer, ?> column : table.getColumns()) {
            column.setVisible(!hidden.contains(column.getId()));
            column.visibleProperty().addListener((obs, old, visible) -> choice.hide(table.getColumns().stream()
                    .filter(c -> !c.isVisible()).map(TableColumn::getId).collect(Collectors.toSet())));
        }
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void focusTable() {
        table.requestFocus();
    }

    /** Selects and shows an asset of the current result, if it is in it. */
    void reveal(UUID id) {
        int index = model.indexOf(id);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private void buildTable() {
        table.setId("asset-table");
        table.setItems(items);
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("assets.none")));
        table.getColumns().addAll(
                column("tag", AssetSortKey.TAG, 150, AssetListRow::tag),
                column("name", AssetSortKey.NAME, 230, AssetListRow::name),
                column("site", AssetSortKey.SITE, 80, AssetListRow::siteCode),
                column("kind", AssetSortKey.KIND, 100, r -> messages.get("assetKind." + r.kind().name())),
                column("make", AssetSortKey.MAKE, 100, AssetListRow::make),
                column("model", AssetSortKey.MODEL, 140, AssetListRow::model),
                column("serial", AssetSortKey.SERIAL, 120, AssetListRow::serial),
                column("ip", AssetSortKey.IP_ADDRESS, 120, AssetListRow::ipAddress),
                column("hostname", AssetSortKey.HOSTNAME, 200, AssetListRow::hostname),
                column("status", AssetSortKey.STATUS, 100, r -> messages.get("assetStatus." + r.status().name())
                        + (r.archived() ? " · " + messages.get("assets.archived") : "")),
                warrantyColumn());
        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                model.sortBy(AssetSortKey.TAG, true);
            } else {
                TableColumn<Integer, ?> first = view.getSortOrder().getFirst();
                model.sortBy((AssetSortKey) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    private TableColumn<Integer, String> column(String id, AssetSortKey key, double width,
                                                Function<AssetListRow, String> value) {
        TableColumn<Integer, String> column = new TableColumn<>(messages.get("assets.column." + id));
        column.setId("column-" + id);
        column.setUserData(key);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> {
            AssetListRow row = model.rowAt(cell.getValue());
            return new ReadOnlyStringWrapper(row == null ? "" : value.apply(row));
        });
        return column;
    }

    private TableColumn<Integer, String> warrantyColumn() {
        TableColumn<Integer, String> column = column("warranty", AssetSortKey.WARRANTY_ENDS_ON, 120,
                r -> r.warrantyEndsOn() == null ? "" : r.warrantyEndsOn().toString());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("danger", "warning");
                setText(empty ? null : item);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    AssetListRow row = model.rowAt(getTableRow().getItem());
                    if (row != null && row.warrantyEndsOn() != null) {
                        WarrantyState state = WarrantyState.of(row.warrantyEndsOn(), model.today());
                        if (state == WarrantyState.EXPIRED) {
                            getStyleClass().add("danger");
                        } else if (state == WarrantyState.EXPIRING) {
                            getStyleClass().add("warning");
                        }
                    }
                }
            }
        });
        return column;
    }

    private static <T> ComboBox<T> choice(String id, String none, ObservableList<T> values,
                                          Function<T, String> text) {
        ObservableList<T> withNone = FXCollections.observableArrayList();
        withNone.add(null);
        withNone.addAll(values);
        values.addListener((ListChangeListener<T>) change -> {
            withNone.setAll(Collections.singletonList(null));
            withNone.addAll(values);
        });
        ComboBox<T> box = new ComboBox<>(withNone);
        box.setId(id);
        box.setPromptText(none);
        Supplier<ListCell<T>> cell = () -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
        box.setCellFactory(list -> cell.get());
        box.setButtonCell(cell.get());
        return box;
    }
}
