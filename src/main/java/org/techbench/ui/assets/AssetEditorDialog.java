package org.techbench.ui.assets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.AssetField;
import org.techbench.service.asset.FieldProblem;

/** The form that creates or edits an asset, with a message under each field that has a problem. */
final class AssetEditorDialog {

    private final AssetEditorViewModel model;
    private final Texts messages;
    private final Map<AssetField, Label> messageLabels = new EnumMap<>(AssetField.class);
    private final Map<AssetField, Node> inputs = new EnumMap<>(AssetField.class);
    private final GridPane form = new GridPane();
    private int row;

    AssetEditorDialog(AssetEditorViewModel model, Texts messages, List<Site> sites) {
        this.model = model;
        this.messages = messages;
        form.setHgap(12);
        form.setVgap(2);
        form.setPadding(new Insets(8, 4, 4, 4));
        form.getColumnConstraints().addAll(new ColumnConstraints(140), new ColumnConstraints(260),
                new ColumnConstraints(24), new ColumnConstraints(140), new ColumnConstraints(260));

        ComboBox<Site> site = new ComboBox<>(FXCollections.observableArrayList(sites));
        site.setConverter(converter(s -> s.code() + " · " + s.name()));
        site.valueProperty().bindBidirectional(model.site);
        ComboBox<AssetKind> kind = new ComboBox<>(FXCollections.observableArrayList(AssetKind.values()));
        kind.setConverter(converter(k -> messages.get("assetKind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kind);
        ComboBox<AssetStatus> status = new ComboBox<>(FXCollections.observableArrayList(AssetStatus.values()));
        status.setConverter(converter(s -> messages.get("assetStatus." + s.name())));
        status.valueProperty().bindBidirectional(model.status);
        DatePicker purchased = new DatePicker();
        purchased.valueProperty().bindBidirectional(model.purchasedOn);
        DatePicker warranty = new DatePicker();
        warranty.valueProperty().bindBidirectional(model.warrantyEndsOn);
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(model.notes);

        pair(AssetField.SITE, site, AssetField.KIND, kind);
        pair(AssetField.TAG, text(model.tag), AssetField.NAME, text(model.name));
        pair(AssetField.MAKE, text(model.make), AssetField.MODEL, text(model.model));
        pair(AssetField.SERIAL, text(model.serial), AssetField.STATUS, status);
        pair(AssetField.IP_ADDRESS, text(model.ipAddress), AssetField.HOSTNAME, text(model.hostname));
        pair(AssetField.PURCHASED_ON, purchased, AssetField.WARRANTY_ENDS_ON, warranty);
        pair(AssetField.LOCATION, text(model.location), null, null);
        form.add(caption(AssetField.NOTES), 0, row);
        form.add(notes, 1, row++, 4, 1);
        inputs.forEach((field, node) -> node.setId("asset-" + field.name().toLowerCase().replace('_', '-')));
        model.problems().addListener((MapChangeListener<AssetField, FieldProblem>) change -> showProblems());
    }

    /** Shows the dialog; {@code saved} gets the asset once it is saved. */
    void show(Window owner, Consumer<Asset> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(model.isNew() ? "asset.new" : "asset.edit"));
        dialog.setHeaderText(messages.get(model.isNew() ? "asset.new" : "asset.edit"));
        ButtonType saveType = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Label failure = new Label();
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failure());
        dialog.getDialogPane().setContent(new VBox(8, form, failure));
        dialog.getDialogPane().setId("asset-editor");
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("save-asset");
        save.disableProperty().bind(model.saving());
        // Saving runs in the background; the dialog stays open until the store has accepted the asset.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(asset -> {
                dialog.close();
                saved.accept(asset);
            });
        });
        model.check();
        dialog.show();
        inputs.get(model.isNew() ? AssetField.TAG : AssetField.NAME).requestFocus();
    }

    private void pair(AssetField left, Node leftInput, AssetField right, Node rightInput) {
        place(left, leftInput, 0);
        if (right != null) {
            place(right, rightInput, 3);
        }
        row += 2;
    }

    private void place(AssetField field, Node input, int column) {
        inputs.put(field, input);
        if (input instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Label problem = new Label();
        problem.getStyleClass().addAll("danger", "text-small");
        problem.setId("problem-" + field.name().toLowerCase().replace('_', '-'));
        messageLabels.put(field, problem);
        form.add(caption(field), column, row);
        form.add(input, column + 1, row);
        form.add(problem, column + 1, row + 1);
    }

    private Label caption(AssetField field) {
        return new Label(messages.get("field." + field.name()));
    }

    private void showProblems() {
        messageLabels.forEach((field, label) -> {
            FieldProblem problem = model.problems().get(field);
            label.setText(problem == null ? "" : messages.get("problem.code." + problem.code().name(), problem.value()));
            inputs.get(field).pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), problem != null);
        });
    }

    private static TextField text(StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
