package org.techbench.ui.sites;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.techbench.domain.fault.Priority;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Fields;
import org.techbench.ui.common.Form;
import org.techbench.ui.common.FormModel;

/** The fields of a service contract, with a row of targets per priority. */
final class ContractForm implements Form {

    private final ContractFormModel model;
    private final Texts messages;
    private final TextField number;

    ContractForm(ContractFormModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        this.number = Fields.text("contract-number", model.number());
    }

    @Override
    public String title() {
        return messages.get(model.isNew() ? "contract.new" : "contract.edit");
    }

    @Override
    public List<Row> rows() {
        DatePicker starts = new DatePicker();
        starts.valueProperty().bindBidirectional(model.startsOn());
        DatePicker ends = new DatePicker();
        ends.valueProperty().bindBidirectional(model.endsOn());
        List<Row> rows = new ArrayList<>(List.of(
                new Row(messages.get("contract.number"), number),
                new Row(messages.get("contract.starts"), starts),
                new Row(messages.get("contract.ends"), ends),
                new Row(messages.get("contract.freeMonths"), spinner(model.freeSupportMonths(), 60, 1)),
                new Row("", new Label(messages.get("contract.responseMinutes")),
                        new Label(messages.get("contract.resolutionHours")))));
        for (Priority p : Priority.values()) {
            rows.add(new Row(p.name(), spinner(model.responseMinutes(p), 43_200, 15),
                    spinner(model.resolutionHours(p), 2_160, 1)));
        }
        return rows;
    }

    /** An editable spinner that writes into {@code value}; it is kept by the binding for the dialog's life. */
    private static Spinner<Integer> spinner(IntegerProperty value, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(0, max, value.get(), step);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        return spinner;
    }

    @Override
    public String confirmText() {
        return messages.get("common.save");
    }

    @Override
    public String confirmId() {
        return "contract-save";
    }

    @Override
    public Node focus() {
        return number;
    }

    @Override
    public FormModel model() {
        return model;
    }
}
