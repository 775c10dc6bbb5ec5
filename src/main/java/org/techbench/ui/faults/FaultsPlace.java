package org.techbench.ui.faults;

import java.util.UUID;
import org.techbench.ui.common.Place;

/**
 * The Faults screen, with one fault's detail open (or none); {@code atRisk} narrows the list to
 * open faults near or past their SLA targets, and {@code reportForAsset} opens the report form for
 * that asset.
 */
public record FaultsPlace(UUID faultId, boolean atRisk, UUID reportForAsset) implements Place {

    public static final String SCREEN = "faults";

    public FaultsPlace(UUID faultId) {
        this(faultId, false, null);
    }

    public static FaultsPlace all() {
        return new FaultsPlace(null);
    }

    /** The open faults near or past their SLA targets: where the Dashboard and the status bar lead. */
    public static FaultsPlace slaAtRisk() {
        return new FaultsPlace(null, true, null);
    }

    /** The report form for a fault of this asset ("Report fault" on the asset's screen). */
    public static FaultsPlace reportFor(UUID assetId) {
        return new FaultsPlace(null, false, assetId);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
