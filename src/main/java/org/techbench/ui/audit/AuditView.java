package org.techbench.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.audit.AuditAuthor;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Columns;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.RowClicks;
import org.techbench.ui.common.Screen;
import org.techbench.ui.sync.RecordPlaces;

/**
 * The Audit screen: the trail of changes, newest first, filtered by who, which kind of record and
 * which days, and exported; read-only. A double click, or Open, opens the record an entry is about.
 */
public final class AuditView implements Screen {

    private final AuditViewModel model;
    private final VBox root = new VBox(14);

    public AuditView(AuditViewModel model, Texts messages, Navigator navigator, ZoneId zone) {
        this.model = model;
        root.setId("audit");
        root.setPadding(new Insets(24));
        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add("title-1");

        ComboBox<AuditAuthor> who = new ComboBox<>(model.authors());
        who.setId("audit-who");
        who.setPromptText(messages.get("audit.anyone"));
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAuthor author) {
                return author == null ? messages.get("audit.anyone") : author.name();
            }

            @Override
            public AuditAuthor fromString(String text) {
                return null;
            }
        });
        who.valueProperty().bindBidirectional(model.author());
        ComboBox<String> subject = new ComboBox<>(model.subjects());
        subject.setId("audit-subject");
        subject.setPromptText(messages.get("audit.anything"));
        subject.setConverter(new StringConverter<>() {
            @Override
            public String toString(String table) {
                return table == null ? messages.get("audit.anything") : subjectWord(messages, table);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        subject.valueProperty().bindBidirectional(model.subject());
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPromptText(messages.get("audit.from"));
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPromptText(messages.get("audit.to"));
        to.valueProperty().bindBidirectional(model.to());
        Button clear = new Button(messages.get("audit.clear"));
        clear.setId("audit-clear");
        clear.setOnAction(e -> {
            model.author().set(null);
            model.subject().set(null);
            model.from().set(null);
            model.to().set(null);
        });
        Button export = new Button(messages.get("audit.export"), new FontIcon("mdmz-save_alt"));
        export.setId("audit-export");
        export.setOnAction(e -> model.export());
        HBox filters = new HBox(10, who, subject, from, to, clear, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        TableView<AuditEvent> table = new TableView<>(model.events());
        table.setId("audit-events");
        table.setPlaceholder(new Label(messages.get("audit.none")));
        table.getColumns().add(Columns.text(messages.get("audit.col.time"), 160, event -> time.format(event.at())));
        table.getColumns().add(Columns.text(messages.get("audit.col.who"), 150,
                event -> event.technician() == null ? "" : event.technician()));
        table.getColumns().add(Columns.text(messages.get("audit.col.action"), 110, event -> actionWord(messages, event.action())));
        table.getColumns().add(Columns.text(messages.get("audit.col.subject"), 130, event -> subjectWord(messages, event.subject())));
        table.getColumns().add(Columns.text(messages.get("audit.col.summary"), 420, AuditEvent::summary));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        RowClicks.opensOnDoubleClick(table, AuditView::placeOf, navigator);
        Button open = new Button(messages.get("audit.open"), new FontIcon("mdal-launch"));
        open.setId("audit-open");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AuditEvent chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || placeOf(chosen).isEmpty();
        }, table.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> placeOf(table.getSelectionModel().getSelectedItem()).ifPresent(navigator::goTo));

        Label count = new Label();
        count.setId("audit-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.total().get() > model.events().size()
                ? messages.get("audit.countPart", model.events().size(), model.total().get())
                : messages.get("audit.count", model.total().get()), model.total(), model.events()));
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problem());
        Label readOnly = new Label(messages.get("audit.readOnly"));
        readOnly.getStyleClass().add("text-small");
        readOnly.setWrapText(true);
        HBox.setHgrow(readOnly, Priority.ALWAYS);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        HBox foot = new HBox(12, count, readOnly, open);
        foot.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, filters, table, foot, problem);
    }

    private static Optional<Place> placeOf(AuditEvent event) {
        return event.rowId() == null ? Optional.empty()
                : RecordPlaces.of(event.subject(), event.rowId(), event.assetId(), null);
    }

    private static String subjectWord(Texts messages, String table) {
        return messages.has("table." + table) ? messages.get("table." + table) : table;
    }

    private static String actionWord(Texts messages, String action) {
        return messages.has("audit.action." + action) ? messages.get("audit.action." + action) : action;
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
        // Nothing is bound to services while hidden.
    }
}
