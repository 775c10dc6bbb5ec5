package org.techbench.ui.sites;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteContact;
import org.techbench.i18n.Texts;
import org.techbench.service.site.SiteProblem;
import org.techbench.ui.common.Columns;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.Screen;

/** The Sites screen: customer sites on the left; the chosen site's details and contracts on the right. */
public final class SitesView implements Screen {

    private final SitesViewModel model;
    private final Texts messages;
    private final DialogService dialogs;
    private final SplitPane root = new SplitPane();
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final Map<String, Node> inputs = new HashMap<>();
    private final DateTimeFormatter dates;

    public SitesView(SitesViewModel model, Texts messages, DialogService dialogs) {
        this.dialogs = dialogs;
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        root.setId("sites-screen");
        root.getItems().addAll(listPane(), detailPane());
        root.setDividerPositions(0.42);
        model.problems().addListener((MapChangeListener<String, SiteProblem.Code>) change -> showProblems());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    private Node listPane() {
        Label title = new Label(messages.get("sites.title"));
        title.getStyleClass().add("title-2");
        Button add = new Button(messages.get("sites.new"), new FontIcon("mdal-add"));
        add.setId("site-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.startNew());
        CheckBox archived = new CheckBox(messages.get("sites.showArchived"));
        archived.selectedProperty().bindBidirectional(model.showArchived());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, archived, add);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<Site> table = new TableView<>(model.list());
        table.setId("site-table");
        table.setPlaceholder(new Label(messages.get("sites.none")));
        table.setFixedCellSize(30);
        table.getColumns().addAll(
                Columns.text(messages.get("site.code"), 80, Site::code),
                Columns.text(messages.get("site.name"), 190, s -> s.name() + (s.archived() ? " · " + messages.get("assets.archived") : "")),
                Columns.text(messages.get("sites.assets"), 70, s -> messages.number(model.assetCounts().getOrDefault(s.id(), 0))),
                Columns.text(messages.get("site.contactName"), 120, Site::contactName));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, site) -> {
            if (site != null && site != model.selected().get()) {
                model.selected().set(site);
            }
        });
        model.selected().addListener((obs, old, site) -> {
            if (site == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(site);
            }
        });
        // A list refreshed from elsewhere keeps the chosen site's row highlighted.
        model.list().addListener((ListChangeListener<Site>) change -> {
            if (model.selected().get() != null) {
                table.getSelectionModel().select(model.selected().get());
            }
        });
        VBox box = new VBox(12, header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(20, 12, 12, 24));
        return box;
    }

    private Node detailPane() {
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selected().get() == null
                ? messages.get("sites.newHeading") : model.selected().get().code() + " · " + model.selected().get().name(),
                model.selected()));
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(2);
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setEditable(true);
        zone.valueProperty().bindBidirectional(model.timeZone);
        int row = 0;
        row = field(form, row, "code", messages.get("site.code"), text(model.code));
        row = field(form, row, "name", messages.get("site.name"), text(model.name));
        row = field(form, row, "address", messages.get("site.address"), text(model.address));
        row = field(form, row, "timeZone", messages.get("site.timeZone"), zone);
        row = field(form, row, "contactName", messages.get("site.contactName"), text(model.contactName));
        row = field(form, row, "contactPhone", messages.get("site.contactPhone"), text(model.contactPhone));
        field(form, row, "contactEmail", messages.get("site.contactEmail"), text(model.contactEmail));
        inputs.forEach((id, node) -> node.setId("site-" + id));

        Button save = new Button(messages.get("common.save"), new FontIcon("mdal-check"));
        save.setId("site-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button archive = new Button();
        archive.setId("site-archive");
        archive.visibleProperty().bind(model.selected().isNotNull());
        archive.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selected().get() != null && model.selected().get().archived() ? "sites.restore" : "sites.archive"),
                model.selected()));
        archive.setOnAction(e -> model.setArchived(!model.selected().get().archived()));
        Label message = new Label();
        message.getStyleClass().add("danger");
        message.textProperty().bind(model.message());
        HBox actions = new HBox(8, save, archive, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label contractsTitle = new Label(messages.get("contracts.title"));
        contractsTitle.getStyleClass().add("title-4");
        TableView<Contract> contracts = new TableView<>(model.contracts());
        contracts.setId("contract-table");
        contracts.setFixedCellSize(30);
        contracts.setPlaceholder(new Label(messages.get("contracts.none")));
        contracts.getColumns().addAll(
                Columns.text(messages.get("contract.number"), 110, Contract::number),
                Columns.text(messages.get("contract.term"), 230,
                        c -> dates.format(c.startsOn()) + " – " + dates.format(c.endsOn())),
                Columns.text(messages.get("contract.freeMonths"), 150, c -> Integer.toString(c.freeSupportMonths())),
                Columns.text("P1", 120, c -> hours(c, org.techbench.domain.fault.Priority.P1)),
                Columns.text("P2", 120, c -> hours(c, org.techbench.domain.fault.Priority.P2)),
                Columns.text("P3", 120, c -> hours(c, org.techbench.domain.fault.Priority.P3)),
                Columns.text("P4", 120, c -> hours(c, org.techbench.domain.fault.Priority.P4)));
        Button addContract = new Button(messages.get("contract.new"), new FontIcon("mdal-add"));
        addContract.setId("contract-new");
        addContract.disableProperty().bind(model.selected().isNull());
        addContract.setOnAction(e -> dialogs.showForm(new ContractForm(new ContractFormModel(model, messages,
                model.selected().get().id(), null, LocalDate.now()), messages)));
        Button editContract = new Button(messages.get("contract.edit"), new FontIcon("mdal-create"));
        editContract.disableProperty().bind(contracts.getSelectionModel().selectedItemProperty().isNull());
        editContract.setOnAction(e -> dialogs.showForm(new ContractForm(new ContractFormModel(model, messages,
                model.selected().get().id(), contracts.getSelectionModel().getSelectedItem(), LocalDate.now()), messages)));
        Button archiveContract = new Button(messages.get("contract.archive"), new FontIcon("mdal-archive"));
        archiveContract.disableProperty().bind(contracts.getSelectionModel().selectedItemProperty().isNull());
        archiveContract.setOnAction(e -> model.archiveContract(contracts.getSelectionModel().getSelectedItem()));
        Label targetsHint = new Label(messages.get("contracts.hint"));
        targetsHint.getStyleClass().add("text-muted");
        HBox contractActions = new HBox(8, addContract, editContract, archiveContract);
        VBox contractBox = new VBox(8, targetsHint, contractActions, contracts);
        contractBox.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(contracts, Priority.ALWAYS);

        TabPane tabs = new TabPane(
                new Tab(messages.get("contacts.title"), contactPane()),
                new Tab(contractsTitle.getText(), contractBox));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.visibleProperty().bind(model.selected().isNotNull());
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox box = new VBox(14, heading, form, actions, tabs);
        box.setPadding(new Insets(20, 24, 12, 12));
        return box;
    }

    private Node contactPane() {
        TableView<SiteContact> contacts = new TableView<>(model.contacts());
        contacts.setId("contact-table");
        contacts.setFixedCellSize(30);
        contacts.setPlaceholder(new Label(messages.get("contacts.none")));
        contacts.getColumns().addAll(
                Columns.text(messages.get("contact.name"), 170, SiteContact::name),
                Columns.text(messages.get("contact.role"), 130, SiteContact::role),
                Columns.text(messages.get("site.contactPhone"), 140, SiteContact::phone),
                Columns.text(messages.get("site.contactEmail"), 200, SiteContact::email));
        Button add = new Button(messages.get("contact.new"), new FontIcon("mdal-add"));
        add.setId("contact-new");
        add.setOnAction(e -> dialogs.showForm(new ContactForm(new ContactFormModel(model, messages,
                model.selected().get().id(), null), messages)));
        Button edit = new Button(messages.get("contact.edit"), new FontIcon("mdal-create"));
        edit.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> dialogs.showForm(new ContactForm(new ContactFormModel(model, messages,
                model.selected().get().id(), contacts.getSelectionModel().getSelectedItem()), messages)));
        Button remove = new Button(messages.get("contact.remove"), new FontIcon("mdal-delete_outline"));
        remove.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeContact(contacts.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(8, new HBox(8, add, edit, remove), contacts);
        box.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(contacts, Priority.ALWAYS);
        return box;
    }

    private int field(GridPane form, int row, String id, String caption, Node input) {
        Label problem = new Label();
        problem.getStyleClass().addAll("danger", "text-small");
        problemLabels.put(id, problem);
        inputs.put(id, input);
        if (input instanceof Control control) {
            control.setPrefWidth(320);
        }
        form.add(new Label(caption), 0, row);
        form.add(input, 1, row);
        form.add(problem, 1, row + 1);
        return row + 2;
    }

    private void showProblems() {
        problemLabels.forEach((field, label) -> {
            SiteProblem.Code code = model.problems().get(field);
            label.setText(code == null ? "" : messages.get("site.problem." + code.name()));
            inputs.get(field).pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), code != null);
        });
    }

    private String hours(Contract contract, org.techbench.domain.fault.Priority priority) {
        var target = contract.target(priority);
        return duration(target.response()) + " / " + duration(target.resolution());
    }

    private String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? messages.get("duration.hours", minutes / 60) : messages.get("duration.minutes", minutes);
    }

    private static TextField text(StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
