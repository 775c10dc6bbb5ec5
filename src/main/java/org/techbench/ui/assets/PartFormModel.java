package org.techbench.ui.assets;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.FormModel;

/** A part to fit to the shown asset, new or in place of a fitted one (whose kind it keeps). */
public final class PartFormModel extends FormModel {

    private final AssetDetailViewModel asset;
    private final Texts messages;
    private final Component replacing;
    private final ObjectProperty<ComponentKind> kind = new SimpleObjectProperty<>(ComponentKind.DISK);
    private final StringProperty make = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty serial = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fittedOn;

    /** {@code replacing} is the part taken out, or null for a part added. */
    public PartFormModel(AssetDetailViewModel asset, Texts messages, Component replacing, LocalDate today) {
        this.asset = asset;
        this.messages = messages;
        this.replacing = replacing;
        this.fittedOn = new SimpleObjectProperty<>(today);
        if (replacing != null) {
            kind.set(replacing.kind());
            make.set(replacing.make() == null ? "" : replacing.make());
            capacity.set(replacing.capacity() == null ? "" : replacing.capacity());
        }
    }

    public boolean replaces() {
        return replacing != null;
    }

    public Component replacing() {
        return replacing;
    }

    public ObjectProperty<ComponentKind> kind() {
        return kind;
    }

    public StringProperty make() {
        return make;
    }

    public StringProperty model() {
        return model;
    }

    public StringProperty serial() {
        return serial;
    }

    public StringProperty capacity() {
        return capacity;
    }

    public ObjectProperty<LocalDate> fittedOn() {
        return fittedOn;
    }

    @Override
    protected void save(Runnable close) {
        LocalDate day = fittedOn.get() == null ? LocalDate.now() : fittedOn.get();
        Component part = new Component(null, null, null, kind.get(), make.get(), model.get(), serial.get(), capacity.get(),
                day, null);
        if (replacing == null) {
            asset.addPart(part, close, invalid -> refuse(AssetProblems.describe(invalid, messages)));
        } else {
            asset.replace(replacing, part, day, close, invalid -> refuse(AssetProblems.describe(invalid, messages)));
        }
    }
}
