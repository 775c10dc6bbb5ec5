package org.techbench.ui.assets;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.FormModel;

/** A program installed on the shown asset. */
public final class SoftwareFormModel extends FormModel {

    private final AssetDetailViewModel asset;
    private final Texts messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty vendor = new SimpleStringProperty("");
    private final StringProperty licence = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> installedOn;

    public SoftwareFormModel(AssetDetailViewModel asset, Texts messages, LocalDate today) {
        this.asset = asset;
        this.messages = messages;
        this.installedOn = new SimpleObjectProperty<>(today);
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty version() {
        return version;
    }

    public StringProperty vendor() {
        return vendor;
    }

    public StringProperty licence() {
        return licence;
    }

    public ObjectProperty<LocalDate> installedOn() {
        return installedOn;
    }

    @Override
    protected void save(Runnable close) {
        asset.addSoftware(new InstalledSoftware(null, null, null, name.get(), version.get(), vendor.get(), installedOn.get(),
                licence.get()), close, invalid -> refuse(AssetProblems.describe(invalid, messages)));
    }
}
