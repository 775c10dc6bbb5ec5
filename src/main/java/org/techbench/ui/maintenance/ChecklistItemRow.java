package org.techbench.ui.maintenance;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.Bilingual;
import org.techbench.domain.maintenance.CheckFrequency;
import org.techbench.domain.maintenance.ChecklistItem;

/** One item of the checklist being edited, as the editor's table cells change it. */
public final class ChecklistItemRow {

    /** Kept from the item edited, so the new version's item carries its history (empty for a new item). */
    private final String key;
    private final Bilingual method;
    private final Bilingual tools;
    private final StringProperty check = new SimpleStringProperty("");
    private final StringProperty checkZh = new SimpleStringProperty("");
    private final ObjectProperty<ComponentKind> component = new SimpleObjectProperty<>(ComponentKind.OTHER);
    private final ObjectProperty<CheckFrequency> frequency = new SimpleObjectProperty<>(CheckFrequency.MONTHLY);
    private final ObjectProperty<AnswerType> answerType = new SimpleObjectProperty<>(AnswerType.PASS_FAIL);
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty lowest = new SimpleStringProperty("");
    private final StringProperty highest = new SimpleStringProperty("");
    private final StringProperty choices = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty(true);
    private final BooleanProperty photo = new SimpleBooleanProperty(false);

    ChecklistItemRow() {
        this.key = null;
        this.method = null;
        this.tools = null;
    }

    ChecklistItemRow(ChecklistItem item) {
        this.key = item.key();
        this.method = item.method();
        this.tools = item.tools();
        check.set(item.check().english());
        checkZh.set(item.check().chinese() == null ? "" : item.check().chinese());
        component.set(item.component());
        frequency.set(item.frequency());
        answerType.set(item.answerType());
        unit.set(item.unit() == null ? "" : item.unit());
        lowest.set(item.lowerLimit() == null ? "" : item.lowerLimit().toPlainString());
        highest.set(item.upperLimit() == null ? "" : item.upperLimit().toPlainString());
        choices.set(item.choices() == null ? "" : item.choices());
        required.set(item.required());
        photo.set(item.photoWanted());
    }

    public StringProperty check() {
        return check;
    }

    public StringProperty checkZh() {
        return checkZh;
    }

    public ObjectProperty<ComponentKind> component() {
        return component;
    }

    public ObjectProperty<CheckFrequency> frequency() {
        return frequency;
    }

    public ObjectProperty<AnswerType> answerType() {
        return answerType;
    }

    public StringProperty unit() {
        return unit;
    }

    public StringProperty lowest() {
        return lowest;
    }

    public StringProperty highest() {
        return highest;
    }

    public StringProperty choices() {
        return choices;
    }

    public BooleanProperty required() {
        return required;
    }

    public BooleanProperty photo() {
        return photo;
    }

    /**
     * The item as the service takes it; a limit that is not a number throws
     * {@link NumberFormatException}, which the editor names with the item.
     */
    ChecklistItem toItem(int position) {
        boolean reading = answerType.get() == AnswerType.READING;
        return new ChecklistItem(null, null, position, key, component.get(),
                new Bilingual(check.get().strip(), blankToNull(checkZh.get())), method, tools, frequency.get(),
                answerType.get(), reading ? blankToNull(unit.get()) : null, reading ? number(lowest.get()) : null,
                reading ? number(highest.get()) : null,
                answerType.get() == AnswerType.CHOICE ? blankToNull(choices.get()) : null, required.get(), photo.get());
    }

    private static BigDecimal number(String typed) {
        String value = typed == null ? "" : typed.strip().replace(',', '.');
        return value.isEmpty() ? null : new BigDecimal(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
