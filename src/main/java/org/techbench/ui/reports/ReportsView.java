package org.techbench.ui.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.procedure.RunListing;

/** The Reports screen: the reports on the left, the chosen one's settings and Make on the right. */
final class ReportsView {

    private final ReportsViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    private final DateTimeFormatter times;

    ReportsView(ReportsViewModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        root.setId("reports");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("reports.title"));
        title.getStyleClass().add("title-1");

        ListView<ReportKind> kinds = new ListView<>();
        kinds.setId("reports-kinds");
        kinds.getItems().setAll(ReportKind.values());
        kinds.setPrefWidth(320);
        kinds.setMinWidth(260);
        kinds.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReportKind kind, boolean empty) {
                super.updateItem(kind, empty);
                if (empty || kind == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(messages.get("reports.kind." + kind.name()));
                name.getStyleClass().add("text-bold");
                Label about = new Label(messages.get("reports.about." + kind.name()));
                about.getStyleClass().add("text-muted");
                about.setWrapText(true);
                about.setPrefWidth(270);
                about.setMinHeight(Region.USE_PREF_SIZE);
                VBox entry = new VBox(2, name, about);
                entry.setPadding(new Insets(4, 0, 6, 0));
                setGraphic(entry);
                setPrefWidth(0);
            }
        });
        kinds.getSelectionModel().select(model.kind().get());
        kinds.getSelectionModel().selectedItemProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                model.kind().set(kind);
            }
        });
        model.kind().addListener((obs, old, kind) -> kinds.getSelectionModel().select(kind));

        ComboBox<Site> site = new ComboBox<>(model.siteChoices());
        site.setId("reports-site");
        site.setPromptText(messages.get("reports.everySite"));
        site.valueProperty().bindBidirectional(model.site());
        site.setConverter(new StringConverter<>() {
            @Override
            public String toString(Site s) {
                return s == null ? messages.get("reports.everySite") : s.code() + "  " + s.name();
            }

            @Override
            public Site fromString(String text) {
                return null; // chosen from the list, never typed
            }
        });
        Button everySite = new Button(messages.get("reports.everySite"));
        everySite.setId("reports-every-site");
        everySite.setOnAction(e -> model.site().set(null));
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.to());
        ComboBox<RunListing> run = new ComboBox<>(model.runs());
        run.setId("reports-run");
        run.valueProperty().bindBidirectional(model.run());
        run.setPrefWidth(460);
        run.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunListing r) {
                if (r == null) {
                    return "";
                }
                String forWhat = r.assetTag() != null ? r.assetTag() : r.faultNumber() != null ? r.faultNumber() : "";
                return r.title().in(messages.locale()) + " · " + forWhat + " · "
                        + times.format(r.run().finishedAt() != null ? r.run().finishedAt() : r.run().startedAt());
            }

            @Override
            public RunListing fromString(String text) {
                return null;
            }
        });
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("reports-language");
        language.getItems().setAll(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
        language.valueProperty().bindBidirectional(model.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : locale.getLanguage().equals("zh") ? "简体中文" : "English";
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });

        ComboBox<ChecklistTemplate> checklist = new ComboBox<>(model.checklists());
        checklist.setId("reports-checklist");
        checklist.setPromptText(messages.get("reports.everyChecklist"));
        checklist.valueProperty().bindBidirectional(model.checklist());
        checklist.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChecklistTemplate t) {
                return t == null ? messages.get("reports.everyChecklist") : t.name().in(messages.locale()) + "  (" + t.code() + ")";
            }

            @Override
            public ChecklistTemplate fromString(String text) {
                return null;
            }
        });
        Button everyChecklist = new Button(messages.get("reports.everyChecklist"));
        everyChecklist.setId("reports-every-checklist");
        everyChecklist.setOnAction(e -> model.checklist().set(null));
        TextField asset = new TextField();
        asset.setId("reports-asset");
        asset.setPromptText(messages.get("reports.assetPrompt"));
        asset.textProperty().bindBidirectional(model.assetTag());
        asset.setPrefColumnCount(16);
        DatePicker dueBy = new DatePicker();
        dueBy.setId("reports-due-by");
        dueBy.valueProperty().bindBidirectional(model.to());
        Label checklistLabel = new Label(messages.get("reports.checklist"));
        Label assetLabel = new Label(messages.get("reports.asset"));
        Label dueLabel = new Label(messages.get("reports.dueBy"));
        HBox checklistLine = new HBox(8, checklist, everyChecklist);
        Label formsHint = new Label(messages.get("reports.formsHint"));
        formsHint.getStyleClass().add("text-muted");
        formsHint.setWrapText(true);
        formsHint.setMaxWidth(560);

        GridPane form = new GridPane(12, 10);
        Label siteLabel = new Label(messages.get("reports.site"));
        Label periodLabel = new Label(messages.get("reports.period"));
        Label runLabel = new Label(messages.get("reports.run"));
        Label languageLabel = new Label(messages.get("reports.language"));
        HBox siteLine = new HBox(8, site, everySite);
        HBox period = new HBox(8, from, new Label("–"), to);
        period.setAlignment(Pos.CENTER_LEFT);
        // Only the chosen report's settings, row after row: hidden rows would still leave their gaps.
        Runnable fit = () -> {
            ReportKind kind = model.kind().get();
            form.getChildren().clear();
            int row = 0;
            if (kind != ReportKind.PROCEDURE_RUN) {
                form.addRow(row++, siteLabel, siteLine);
            }
            if (kind.periodic()) {
                form.addRow(row++, periodLabel, period);
            }
            if (kind == ReportKind.PROCEDURE_RUN) {
                form.addRow(row++, runLabel, run);
            }
            if (kind == ReportKind.CHECKLIST_FORM) {
                form.addRow(row++, checklistLabel, checklistLine);
                form.addRow(row++, assetLabel, asset);
                form.addRow(row++, dueLabel, dueBy);
                form.add(formsHint, 1, row++);
            }
            form.addRow(row, languageLabel, language);
        };
        model.kind().addListener((obs, old, kind) -> fit.run());
        fit.run();

        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.setId("reports-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("reports.kind." + model.kind().get().name()), model.kind()));
        Button make = new Button(messages.get("reports.make"), new FontIcon("mdal-insert_drive_file"));
        make.setId("reports-make");
        make.getStyleClass().add("accent");
        make.setOnAction(e -> model.make());
        Label problem = new Label();
        problem.setId("reports-problem");
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.problem());
        Label made = new Label();
        made.setId("reports-made");
        made.setWrapText(true);
        Button open = new Button(messages.get("reports.open"), new FontIcon("mdal-launch"));
        open.setId("reports-open");
        open.setOnAction(e -> model.openMade());
        Button folder = new Button(messages.get("reports.openFolder"), new FontIcon("mdal-folder_open"));
        folder.setId("reports-open-folder");
        folder.setOnAction(e -> model.openFolder());
        HBox afterwards = new HBox(8, made, open, folder);
        afterwards.setAlignment(Pos.CENTER_LEFT);
        afterwards.visibleProperty().bind(model.made().isNotNull());
        made.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.made().get() == null ? ""
                : messages.get("reports.madeAt", model.made().get()), model.made()));
        Label hint = new Label(messages.get("reports.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox settings = new VBox(14, heading, form, new HBox(10, make, problem), afterwards, hint);
        settings.setPadding(new Insets(4, 4, 4, 16));
        HBox.setHgrow(settings, Priority.ALWAYS);
        HBox body = new HBox(12, kinds, settings);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(title, body);
    }

    Node node() {
        return root;
    }
}
