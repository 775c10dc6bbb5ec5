package org.techbench.ui.assets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.asset.TimelineEntry;
import org.techbench.domain.asset.TimelineKind;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.AssetDetail;
import org.techbench.ui.common.Columns;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.Place;
import org.techbench.ui.faults.FaultsPlace;
import org.techbench.ui.procedures.ProceduresPlace;
import org.techbench.ui.maintenance.InspectionPlace;

/** One asset: overview, components with their history, installed software, and the merged timeline. */
final class AssetDetailView {

    private final AssetDetailViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label warrantyBadge = new Label();
    private final GridPane overview = new GridPane();
    private final TableView<Component> parts = new TableView<>();
    private final TableView<InstalledSoftware> software = new TableView<>();
    private final ListView<TimelineEntry> timeline = new ListView<>();
    private final Button archive = new Button();
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    private final Consumer<Place> open;
    private final MenuButton inspect = new MenuButton();
    private final DialogService dialogs;
    private final TabPane tabs = new TabPane();
    private final Map<AssetPlace.Tab, Tab> tabsByPlace = new EnumMap<>(AssetPlace.Tab.class);
    /** The record to select once the asset's details have arrived. */
    private UUID pendingRecord;

    AssetDetailView(AssetDetailViewModel model, Texts messages, DialogService dialogs, Runnable back,
                    Consumer<Asset> edit, Consumer<Place> open) {
        this.model = model;
        this.dialogs = dialogs;
        this.open = open;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("asset-detail");
        root.setPadding(new Insets(20, 24, 12, 24));

        Button backButton = new Button(messages.get("asset.back"), new FontIcon("mdal-arrow_back"));
        backButton.setId("asset-back");
        backButton.setOnAction(e -> back.run());
        Button editButton = new Button(messages.get("asset.edit"), new FontIcon("mdal-create"));
        editButton.setId("asset-edit");
        editButton.setOnAction(e -> edit.accept(model.detail().get().asset()));
        archive.setId("asset-archive");
        archive.setOnAction(e -> model.archive(!model.detail().get().asset().archived()));
        title.getStyleClass().add("title-2");
        title.setId("asset-title");
        subtitle.getStyleClass().add("text-muted");
        warrantyBadge.getStyleClass().add("badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        inspect.setId("asset-inspect");
        inspect.setGraphic(new FontIcon("mdal-assignment_turned_in"));
        model.checklists().addListener((obs, old, checklists) -> showChecklists(checklists));
        Button reportFault = new Button(messages.get("asset.reportFault"), new FontIcon("mdal-add_alert"));
        reportFault.setId("asset-report-fault");
        reportFault.setOnAction(e -> open.accept(FaultsPlace.reportFor(model.detail().get().asset().id())));
        MenuButton procedure = procedureMenu();
        HBox header = new HBox(12, backButton, new VBox(2, title, subtitle), warrantyBadge, spacer, reportFault, procedure,
                inspect, editButton, archive);
        header.setAlignment(Pos.CENTER_LEFT);
        // On a 1366-pixel screen the title gives way (it ends in an ellipsis), never the buttons' words.
        for (javafx.scene.control.Control control : List.of(backButton, reportFault, procedure, inspect, editButton, archive)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }

        overview.setHgap(24);
        overview.setVgap(8);
        overview.setPadding(new Insets(16));
        overview.setId("asset-overview");

        tabs.getTabs().addAll(
                tab(AssetPlace.Tab.OVERVIEW, "overview", messages.get("asset.tab.overview"), overview),
                tab(AssetPlace.Tab.PARTS, "parts", messages.get("asset.tab.parts"), partsPane()),
                tab(AssetPlace.Tab.SOFTWARE, "software", messages.get("asset.tab.software"), softwarePane()),
                tab(AssetPlace.Tab.HISTORY, "history", messages.get("asset.tab.history"), historyPane()));
        tabs.setId("asset-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label failure = new Label();
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failure());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        root.getChildren().addAll(header, failure, tabs);
        model.detail().addListener((obs, old, detail) -> {
            if (detail != null) {
                show(detail);
            }
        });
    }

    Node node() {
        return root;
    }

    private Tab tab(AssetPlace.Tab place, String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId("tab-" + id);
        tabsByPlace.put(place, tab);
        return tab;
    }

    /** Shows one tab, with a record of it (a part) selected once the asset has arrived. */
    void select(AssetPlace.Tab tab, UUID recordId) {
        tabs.getSelectionModel().select(tabsByPlace.get(tab));
        pendingRecord = recordId;
        selectPendingRecord();
    }

    /** The tab the technician is looking at. */
    AssetPlace.Tab selectedTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return tabsByPlace.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey)
                .findFirst().orElse(AssetPlace.Tab.OVERVIEW);
    }

    ReadOnlyObjectProperty<Tab> tabChoice() {
        return tabs.getSelectionModel().selectedItemProperty();
    }

    private void selectPendingRecord() {
        if (pendingRecord == null) {
            return;
        }
        parts.getItems().stream().filter(part -> part.id().equals(pendingRecord)).findFirst().ifPresent(part -> {
            parts.getSelectionModel().select(part);
            parts.scrollTo(part);
            pendingRecord = null;
        });
    }

    private Node partsPane() {
        parts.setId("asset-parts");
        parts.setPlaceholder(new Label(messages.get("asset.parts.none")));
        parts.setFixedCellSize(30);
        parts.getColumns().addAll(
                Columns.text(messages.get("field.KIND"), 110, c -> messages.get("part." + c.kind().name())),
                Columns.text(messages.get("field.MAKE"), 110, Component::make),
                Columns.text(messages.get("field.MODEL"), 140, Component::model),
                Columns.text(messages.get("field.SERIAL"), 130, Component::serial),
                Columns.text(messages.get("field.CAPACITY"), 110, Component::capacity),
                Columns.text(messages.get("field.FITTED_ON"), 110, c -> date(c.fittedOn())),
                Columns.text(messages.get("field.REMOVED_ON"), 110, c -> date(c.removedOn())));
        parts.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Component item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("removed-part");
                if (!empty && item != null && item.removedOn() != null) {
                    getStyleClass().add("removed-part");
                }
            }
        });
        Button fit = new Button(messages.get("part.add"), new FontIcon("mdal-add"));
        fit.setId("part-add");
        fit.setOnAction(e -> dialogs.showForm(new PartForm(new PartFormModel(model, messages, null, LocalDate.now()),
                messages)));
        Button replace = new Button(messages.get("part.replace"), new FontIcon("mdal-autorenew"));
        replace.setId("part-replace");
        replace.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Component selected = parts.getSelectionModel().getSelectedItem();
            return selected == null || selected.removedOn() != null;
        }, parts.getSelectionModel().selectedItemProperty()));
        replace.setOnAction(e -> {
            Component old = parts.getSelectionModel().getSelectedItem();
            dialogs.showForm(new PartForm(new PartFormModel(model, messages, old, LocalDate.now()), messages));
        });
        Label hint = new Label(messages.get("part.hint"));
        hint.getStyleClass().add("text-muted");
        HBox actions = new HBox(8, fit, replace, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, actions, parts);
        box.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(parts, Priority.ALWAYS);
        return box;
    }

    /** The guided procedures that change this asset's record, one click each, and its runs. */
    private MenuButton procedureMenu() {
        MenuButton menu = new MenuButton(messages.get("asset.procedure"), new FontIcon("mdal-format_list_numbered"));
        menu.setId("asset-procedure");
        menu.getItems().addAll(
                procedureItem("asset-procedure-install", "asset.procedure.install", "SOFTWARE-INSTALL"),
                procedureItem("asset-procedure-update", "asset.procedure.update", "SOFTWARE-UPDATE"),
                procedureItem("asset-procedure-uninstall", "asset.procedure.uninstall", "SOFTWARE-UNINSTALL"),
                procedureItem("asset-procedure-part", "asset.procedure.replacePart", "PART-REPLACEMENT"),
                new javafx.scene.control.SeparatorMenuItem());
        javafx.scene.control.MenuItem runs = new javafx.scene.control.MenuItem(messages.get("asset.procedure.runs"));
        runs.setId("asset-procedure-runs");
        runs.setOnAction(e -> open.accept(ProceduresPlace.ofAsset(model.detail().get().asset().id())));
        menu.getItems().add(runs);
        return menu;
    }

    private javafx.scene.control.MenuItem procedureItem(String id, String key, String code) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> open.accept(ProceduresPlace.start(code, model.detail().get().asset().id())));
        return item;
    }

    private Node softwarePane() {
        software.setId("asset-software");
        software.setPlaceholder(new Label(messages.get("asset.software.none")));
        software.setFixedCellSize(30);
        software.getColumns().addAll(
                Columns.text(messages.get("field.NAME"), 220, InstalledSoftware::name),
                Columns.text(messages.get("field.VERSION"), 100, InstalledSoftware::version),
                Columns.text(messages.get("field.VENDOR"), 140, InstalledSoftware::vendor),
                Columns.text(messages.get("field.INSTALLED_ON"), 110, s -> date(s.installedOn())),
                Columns.text(messages.get("field.LICENCE"), 200, InstalledSoftware::licence));
        Button add = new Button(messages.get("software.add"), new FontIcon("mdal-add"));
        add.setId("software-add");
        add.setOnAction(e -> dialogs.showForm(new SoftwareForm(new SoftwareFormModel(model, messages, LocalDate.now()),
                messages)));
        Button remove = new Button(messages.get("software.remove"), new FontIcon("mdal-delete_outline"));
        remove.disableProperty().bind(software.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSoftware(software.getSelectionModel().getSelectedItem()));
        Button update = guided("software-update", "software.update", "mdmz-system_update_alt", "SOFTWARE-UPDATE");
        Button uninstall = guided("software-uninstall", "software.uninstall", "mdmz-remove_circle_outline",
                "SOFTWARE-UNINSTALL");
        HBox actions = new HBox(8, add, remove, update, uninstall);
        VBox box = new VBox(8, actions, software);
        box.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(software, Priority.ALWAYS);
        return box;
    }

    /** A guided procedure for the program chosen in the list, which answers its first question. */
    private Button guided(String id, String key, String icon, String code) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(software.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> open.accept(ProceduresPlace.startFor(code, model.detail().get().asset().id(),
                software.getSelectionModel().getSelectedItem().name())));
        return button;
    }

    private Node historyPane() {
        timeline.setId("asset-timeline");
        timeline.setPlaceholder(new Label(messages.get("asset.history.none")));
        timeline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon(switch (entry.kind()) {
                    case INSPECTION -> "mdal-fact_check";
                    case FAULT -> "mdal-error_outline";
                    case PROCEDURE_RUN -> "mdal-list_alt";
                    case COMPONENT_FITTED -> "mdal-add_circle_outline";
                    case COMPONENT_REMOVED -> "mdmz-remove_circle_outline";
                });
                icon.setIconSize(18);
                boolean part = entry.kind() == TimelineKind.COMPONENT_FITTED || entry.kind() == TimelineKind.COMPONENT_REMOVED;
                String state = part ? messages.get("part." + entry.state())
                        : messages.get("timeline." + entry.kind().name() + "." + entry.state());
                Label what = new Label(messages.get("timeline." + entry.kind().name()) + " · "
                        + (part ? state + " " + entry.title() : entry.title()));
                what.getStyleClass().add("text-bold");
                String when = entry.dateOnly() ? dates.format(entry.at().atZone(ZoneOffset.UTC).toLocalDate())
                        : times.format(entry.at());
                Label detail = new Label(Stream.of(when, part ? "" : state, entry.detail())
                        .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining("   ")));
                detail.getStyleClass().add("text-muted");
                HBox line = new HBox(10, icon, new VBox(2, what, detail));
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
                // Every entry opens: a part change the part, the others their record.
                setCursor(Cursor.HAND);
            }
        });
        timeline.setOnMouseClicked(event -> openEntry(timeline.getSelectionModel().getSelectedItem()));
        timeline.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openEntry(timeline.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(timeline);
        box.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return box;
    }

    private void openEntry(TimelineEntry entry) {
        if (entry == null) {
            return;
        }
        switch (entry.kind()) {
            case COMPONENT_FITTED, COMPONENT_REMOVED ->
                    open.accept(new AssetPlace(model.detail().get().asset().id(), AssetPlace.Tab.PARTS, entry.recordId()));
            case INSPECTION -> open.accept(new InspectionPlace(entry.recordId()));
            case FAULT -> open.accept(new FaultsPlace(entry.recordId()));
            case PROCEDURE_RUN -> open.accept(ProceduresPlace.run(entry.recordId()));
        }
    }

    /** One entry per checklist for the asset's kind; one left unfinished is resumed, and the button says so. */
    private void showChecklists(List<AssetDetailViewModel.Checklist> checklists) {
        boolean resuming = checklists.stream().anyMatch(AssetDetailViewModel.Checklist::unfinished);
        inspect.setText(messages.get(resuming ? "asset.resumeInspection" : "asset.inspect"));
        inspect.getStyleClass().remove("accent");
        if (resuming) {
            inspect.getStyleClass().add("accent");
        }
        inspect.setVisible(!checklists.isEmpty());
        inspect.setManaged(!checklists.isEmpty());
        inspect.getItems().setAll(checklists.stream().map(checklist -> {
            String name = checklist.template().name().in(messages.locale());
            MenuItem item = new MenuItem(checklist.unfinished() ? messages.get("asset.inspect.resume", name) : name);
            item.setId("inspect-" + checklist.template().code());
            item.setOnAction(e -> model.inspect(checklist.template(), id -> open.accept(new InspectionPlace(id))));
            return item;
        }).toList());
    }

    private void show(AssetDetail detail) {
        Asset a = detail.asset();
        title.setText(a.tag() + "  " + a.name());
        subtitle.setText(detail.site().code() + " · " + detail.site().name() + " · "
                + messages.get("assetKind." + a.kind().name()) + " · " + messages.get("assetStatus." + a.status().name())
                + (a.archived() ? " · " + messages.get("assets.archived") : ""));
        warrantyBadge.setText(messages.get("warranty." + detail.warranty().name()));
        warrantyBadge.getStyleClass().removeAll("warranty-EXPIRED", "warranty-EXPIRING", "warranty-VALID", "warranty-UNKNOWN");
        warrantyBadge.getStyleClass().add("warranty-" + detail.warranty().name());
        archive.setText(messages.get(a.archived() ? "asset.restore" : "asset.archive"));
        archive.setGraphic(new FontIcon(a.archived() ? "mdmz-unarchive" : "mdal-archive"));

        overview.getChildren().clear();
        List<String[]> fields = List.of(
                pair("SITE", detail.site().code() + " · " + detail.site().name()),
                pair("TAG", a.tag()), pair("NAME", a.name()),
                pair("KIND", messages.get("assetKind." + a.kind().name())),
                pair("MAKE", a.make()), pair("MODEL", a.model()), pair("SERIAL", a.serial()),
                pair("LOCATION", a.location()), pair("IP_ADDRESS", a.ipAddress()), pair("HOSTNAME", a.hostname()),
                pair("STATUS", messages.get("assetStatus." + a.status().name())),
                pair("PURCHASED_ON", date(a.purchasedOn())),
                pair("WARRANTY_ENDS_ON", date(a.warrantyEndsOn()) + "  (" + messages.get("warranty." + detail.warranty().name()) + ")"),
                new String[] {messages.get("asset.age"), detail.age() == null ? "" :
                        messages.get("asset.ageValue", detail.age().getYears(), detail.age().getMonths())},
                pair("NOTES", a.notes()));
        for (int i = 0; i < fields.size(); i++) {
            Label caption = new Label(fields.get(i)[0]);
            caption.getStyleClass().add("text-muted");
            Label value = new Label(fields.get(i)[1] == null ? "" : fields.get(i)[1]);
            value.setWrapText(true);
            value.setId("overview-" + i);
            overview.add(caption, (i % 2) * 2, i / 2);
            overview.add(value, (i % 2) * 2 + 1, i / 2);
        }
        var all = new ArrayList<>(detail.fitted());
        all.addAll(detail.removed());
        parts.setItems(FXCollections.observableArrayList(all));
        software.setItems(FXCollections.observableArrayList(detail.software()));
        timeline.setItems(FXCollections.observableArrayList(detail.timeline()));
        selectPendingRecord();
    }

    private String[] pair(String field, String value) {
        return new String[] {messages.get("field." + field), value == null ? "" : value};
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }
}
