package org.techbench.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.maintenance.DueCounts;
import org.techbench.domain.quality.Overview;
import org.techbench.i18n.Texts;
import org.techbench.ui.assets.AssetListPlace;
import org.techbench.ui.maintenance.MaintenancePlace;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/** The first screen: tiles and charts of what the store holds. */
public final class DashboardView implements Screen {

    private final DashboardViewModel model;
    private final Texts messages;
    private final String dataFolder;
    private final Navigator navigator;
    private final ScrollPane root = new ScrollPane();
    private final ChangeListener<DashboardFigures> onFigures = (obs, old, figures) -> show(figures);

    public DashboardView(DashboardViewModel model, Texts messages, String dataFolder, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        this.messages = messages;
        this.dataFolder = dataFolder;
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        root.setId("dashboard");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        root.setContent(new StackPane(new VBox(12, spinner, new Label(messages.get("dashboard.loading")))));
        model.failure().addListener((obs, old, error) -> {
            if (error != null) {
                Label label = new Label(messages.get("dashboard.failed", error));
                label.getStyleClass().add("danger");
                root.setContent(new StackPane(label));
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.figures().addListener(onFigures);
        show(model.figures().get());
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        model.figures().removeListener(onFigures);
    }

    private void show(DashboardFigures counted) {
        if (counted == null) {
            return;
        }
        Overview figures = counted.overview();
        DueCounts due = counted.due();
        VBox page = new VBox(20);
        page.setPadding(new Insets(24));
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add("title-1");
        Label subtitle = new Label(messages.get("dashboard.subtitle",
                LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale()))));
        subtitle.getStyleClass().add("text-muted");
        page.getChildren().addAll(new VBox(4, title, subtitle));

        if (figures.assets() == 0 && figures.faultsByStatus().isEmpty()) {
            Label empty = new Label(messages.get("dashboard.empty", dataFolder));
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            page.getChildren().add(empty);
        }

        long closed = figures.faultsByStatus().getOrDefault(FaultStatus.CLOSED, 0L);
        HBox tiles = new HBox(16,
                opens(tile("tile-assets", messages.get("dashboard.assets"), figures.assets(),
                        messages.get("dashboard.assets.detail", figures.assetsBySite().size())), AssetListPlace.all()),
                opens(tile("tile-open-faults", messages.get("dashboard.openFaults"), figures.openFaults(),
                        messages.get("dashboard.openFaults.detail",
                                figures.openFaultsByPriority().getOrDefault(org.techbench.domain.fault.Priority.P1, 0L))),
                        org.techbench.ui.faults.FaultsPlace.all()),
                opens(counted.sla() == null ? tile("tile-sla", messages.get("dashboard.sla"), messages.get("dashboard.loading"), "")
                        : tile("tile-sla", messages.get("dashboard.sla"), counted.sla().breached(),
                        messages.get("dashboard.sla.detail", counted.sla().near())),
                        org.techbench.ui.faults.FaultsPlace.slaAtRisk()),
                opens(due == null ? tile("tile-due", messages.get("dashboard.due"), messages.get("dashboard.loading"), "")
                        : tile("tile-due", messages.get("dashboard.due"), due.overdue(),
                        messages.get("dashboard.due.detail", due.dueToday(), due.dueThisWeek())), MaintenancePlace.all()),
                tile("tile-inspections", messages.get("dashboard.inspections"), figures.inspectionsThisMonth(),
                        messages.get("dashboard.inspections.detail", figures.failedInspectionsThisMonth())),
                tile("tile-closed-faults", messages.get("dashboard.closedFaults"), closed,
                        messages.get("dashboard.closedFaults.detail",
                                figures.faultsByStatus().getOrDefault(FaultStatus.CANCELLED, 0L))));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        page.getChildren().add(tiles);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(card(messages.get("dashboard.byKind"), kindChart(figures.assetsByKind())), 0, 0);
        grid.add(card(messages.get("dashboard.bySite"), siteTable(figures)), 1, 0);
        grid.add(card(messages.get("dashboard.byStatus"), statusChart(figures.faultsByStatus())), 0, 1);
        grid.add(card(messages.get("dashboard.byPriority"), priorityTiles(figures)), 1, 1);
        page.getChildren().add(grid);
        root.setContent(page);
    }

    private Node tile(String id, String caption, long value, String detail) {
        return tile(id, caption, messages.number(value), detail);
    }

    private Node tile(String id, String caption, String value, String detail) {
        Label number = new Label(value);
        number.getStyleClass().addAll("title-1", "tile-value");
        number.setId(id);
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("text-caption");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().addAll("text-small", "text-muted");
        VBox tile = new VBox(4, captionLabel, number, detailLabel);
        tile.getStyleClass().add("tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    /** Makes a tile a link to the list it counts. */
    private Node opens(Node tile, Place place) {
        tile.getStyleClass().add("link-tile");
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(event -> navigator.goTo(place));
        return tile;
    }

    private Node card(String caption, Node content) {
        Label heading = new Label(caption);
        heading.getStyleClass().add("title-4");
        VBox card = new VBox(8, heading, content);
        card.getStyleClass().add("tile");
        VBox.setVgrow(content, Priority.ALWAYS);
        return card;
    }

    private Node kindChart(Map<AssetKind, Long> byKind) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (AssetKind kind : AssetKind.values()) {
            long count = byKind.getOrDefault(kind, 0L);
            if (count > 0) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(messages.get("kind." + kind.name()), count);
                // A bar's node exists once the chart lays it out; each opens the list of its kind.
                bar.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        node.setCursor(Cursor.HAND);
                        node.setOnMouseClicked(event -> navigator.goTo(new AssetListPlace(null, kind)));
                    }
                });
                series.getData().add(bar);
            }
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setId("chart-by-kind");
        return chart;
    }

    private Node statusChart(Map<FaultStatus, Long> byStatus) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (FaultStatus status : FaultStatus.values()) {
            series.getData().add(new XYChart.Data<>(messages.get("status." + status.name()), byStatus.getOrDefault(status, 0L)));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        return chart;
    }

    private Node siteTable(Overview figures) {
        TableView<Overview.SiteAssets> table = new TableView<>(FXCollections.observableArrayList(figures.assetsBySite()));
        TableColumn<Overview.SiteAssets, String> site = new TableColumn<>(messages.get("dashboard.site"));
        site.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().siteCode() + "  " + row.getValue().siteName()));
        TableColumn<Overview.SiteAssets, Long> count = new TableColumn<>(messages.get("dashboard.count"));
        count.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().assets()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(site);
        table.getColumns().add(count);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        site.setPrefWidth(320);
        table.setPrefHeight(260);
        table.setFixedCellSize(28);
        table.setId("table-by-site");
        table.setPlaceholder(new Label(messages.get("dashboard.noSites")));
        table.setRowFactory(view -> {
            TableRow<Overview.SiteAssets> row = new TableRow<>();
            row.setCursor(Cursor.HAND);
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    navigator.goTo(new AssetListPlace(row.getItem().siteId(), null));
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            var chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                navigator.goTo(new AssetListPlace(chosen.siteId(), null));
            }
        });
        return table;
    }

    private Node priorityTiles(Overview figures) {
        HBox row = new HBox(12);
        row.setMaxHeight(Region.USE_PREF_SIZE);
        for (var priority : org.techbench.domain.fault.Priority.values()) {
            Label number = new Label(messages.number(figures.openFaultsByPriority().getOrDefault(priority, 0L)));
            number.getStyleClass().addAll("title-2");
            number.setId("open-" + priority.name());
            Label name = new Label(priority.name());
            name.getStyleClass().addAll("priority-badge", "priority-" + priority.name().toLowerCase());
            VBox box = new VBox(6, name, number);
            box.getStyleClass().add("priority-box");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(box);
        }
        return row;
    }
}
