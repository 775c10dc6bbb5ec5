package org.techbench.ui.maintenance;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.CheckFrequency;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Scheduling;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.ChoiceNames;

/** Edits the checklists: their names, the kinds of asset they are for, how their due dates run, and their items. */
final class ChecklistEditorView {

    private final ChecklistEditorViewModel model;
    private final Texts messages;
    private final VBox root = new VBox(12);
    private final ListView<ChecklistTemplate> list = new ListView<>();
    private final TableView<ChecklistItemRow> table = new TableView<>();
    private final CheckComboBox<AssetKind> kinds = new CheckComboBox<>();
    /** Set while the model's kinds are copied into the check box, so the copy is not sent back. */
    private boolean showingKinds;

    ChecklistEditorView(ChecklistEditorViewModel model, Texts messages, Runnable back) {
        this.model = model;
        this.messages = messages;
        root.setId("checklists");
        root.setPadding(new Insets(20, 24, 16, 24));
        Button backButton = new Button(messages.get("inspection.back"), new FontIcon("mdal-arrow_back"));
        backButton.setId("checklists-back");
        backButton.getStyleClass().add("flat");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(messages.get("checklists.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("checklists.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);

        list.setId("checklist-list");
        list.setItems(model.templates());
        list.setPrefWidth(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistTemplate template, boolean empty) {
                super.updateItem(template, empty);
                setText(empty || template == null ? null : template.name().in(messages.locale()) + "\n" + template.code()
                        + " · " + messages.get("checklists.version", template.version()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, template) -> {
            if (template != null && template != model.chosen().get()) {
                model.choose(template);
            }
        });
        model.chosen().addListener((obs, old, template) -> list.getSelectionModel().select(template));
        Button newButton = new Button(messages.get("checklists.new"), new FontIcon("mdal-add"));
        newButton.setId("checklist-new");
        newButton.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.startNew();
        });
        VBox left = new VBox(8, list, newButton);
        left.setMinWidth(230);
        left.setPrefWidth(230);
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox editor = new VBox(10, form(), itemsTable(), buttons());
        HBox.setHgrow(editor, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox body = new HBox(16, left, editor);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(backButton, new VBox(4, title, intro), body);
    }

    Node node() {
        return root;
    }

    private Node form() {
        TextField code = field("checklist-code", model.code());
        code.disableProperty().bind(model.creating().not());
        TextField name = field("checklist-name", model.name());
        TextField nameZh = field("checklist-name-zh", model.nameZh());
        ComboBox<Scheduling> scheduling = new ComboBox<>();
        scheduling.setId("checklist-scheduling");
        scheduling.getItems().setAll(Scheduling.values());
        scheduling.setConverter(ChoiceNames.of(messages, "scheduling."));
        scheduling.valueProperty().bindBidirectional(model.scheduling());
        kinds.setId("checklist-kinds");
        kinds.getItems().setAll(AssetKind.values());
        kinds.setConverter(ChoiceNames.of(messages, "assetKind."));
        model.kinds().addListener((SetChangeListener<AssetKind>) change -> showKinds());
        kinds.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<AssetKind>) change -> {
            if (!showingKinds) {
                model.kinds().retainAll(kinds.getCheckModel().getCheckedItems());
                model.kinds().addAll(kinds.getCheckModel().getCheckedItems());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("checklists.code")), code, new Label(messages.get("checklists.scheduling")),
                scheduling);
        grid.addRow(1, new Label(messages.get("checklists.name")), name, new Label(messages.get("checklists.kinds")), kinds);
        grid.addRow(2, new Label(messages.get("checklists.nameZh")), nameZh);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(nameZh, Priority.ALWAYS);
        return grid;
    }

    private void showKinds() {
        showingKinds = true;
        kinds.getCheckModel().clearChecks();
        model.kinds().forEach(kind -> kinds.getCheckModel().check(kind));
        showingKinds = false;
    }

    private Node itemsTable() {
        table.setId("checklist-items");
        table.setEditable(true);
        table.setItems(model.items());
        table.setPlaceholder(new Label(messages.get("checklists.noItems")));
        table.getColumns().setAll(List.of(
                text("check", 230, row -> row.check()),
                text("checkZh", 170, row -> row.checkZh()),
                choice("part", 120, row -> row.component(), ChoiceNames.of(messages, "part."),
                        ComponentKind.values()),
                choice("frequency", 110, row -> row.frequency(), ChoiceNames.of(messages, "frequency."),
                        CheckFrequency.values()),
                choice("answer", 110, row -> row.answerType(), ChoiceNames.of(messages, "answerType."),
                        AnswerType.values()),
                text("unit", 60, row -> row.unit()),
                text("lowest", 70, row -> row.lowest()),
                text("highest", 70, row -> row.highest()),
                text("choices", 150, row -> row.choices()),
                flag("required", row -> row.required()),
                flag("photo", row -> row.photo())));
        return table;
    }

    private Node buttons() {
        Button add = new Button(messages.get("checklists.addItem"), new FontIcon("mdal-add"));
        add.setId("checklist-add-item");
        add.setOnAction(e -> {
            ChecklistItemRow row = model.addItem();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.edit(table.getItems().indexOf(row), table.getColumns().getFirst());
        });
        Button remove = new Button(messages.get("checklists.removeItem"), new FontIcon("mdal-delete"));
        remove.setId("checklist-remove-item");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        Button up = new Button(null, new FontIcon("mdal-arrow_upward"));
        up.disableProperty().bind(remove.disableProperty());
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button(null, new FontIcon("mdal-arrow_downward"));
        down.disableProperty().bind(remove.disableProperty());
        down.setOnAction(e -> moveSelected(1));
        Button save = new Button(messages.get("checklists.save"), new FontIcon("mdmz-save"));
        save.setId("checklist-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.saving());
        save.setOnAction(e -> {
            table.edit(-1, null);
            model.save(saved -> { });
        });
        Label problem = new Label();
        problem.setId("checklist-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        Label message = new Label();
        message.setId("checklist-message");
        message.getStyleClass().add("text-success");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, add, remove, up, down, spacer, problem, message, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void moveSelected(int by) {
        ChecklistItemRow row = table.getSelectionModel().getSelectedItem();
        model.move(row, by);
        table.getSelectionModel().select(row);
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TableColumn<ChecklistItemRow, String> text(String id, double width,
                                                       Function<ChecklistItemRow, Property<String>> value) {
        TableColumn<ChecklistItemRow, String> column = column(id, width, value);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        return column;
    }

    @SafeVarargs
    private <T> TableColumn<ChecklistItemRow, T> choice(String id, double width, Function<ChecklistItemRow, Property<T>> value,
                                                        StringConverter<T> names, T... values) {
        TableColumn<ChecklistItemRow, T> column = column(id, width, value);
        column.setCellFactory(ComboBoxTableCell.forTableColumn(names, values));
        return column;
    }

    private TableColumn<ChecklistItemRow, Boolean> flag(String id, Function<ChecklistItemRow, Property<Boolean>> value) {
        TableColumn<ChecklistItemRow, Boolean> column = column(id, 80, value);
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }

    private <T> TableColumn<ChecklistItemRow, T> column(String id, double width,
                                                        Function<ChecklistItemRow, Property<T>> value) {
        TableColumn<ChecklistItemRow, T> column = new TableColumn<>(messages.get("checklists.column." + id));
        column.setId("column-" + id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setOnEditCommit(edit -> value.apply(edit.getRowValue()).setValue(edit.getNewValue()));
        return column;
    }
}
