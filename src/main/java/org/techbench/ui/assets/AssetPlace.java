package org.techbench.ui.assets;

import java.util.UUID;
import org.techbench.ui.common.Place;

/** One asset, on one of its tabs, with a record of that tab selected when {@code recordId} is given. */
public record AssetPlace(UUID assetId, Tab tab, UUID recordId) implements Place {

    /** The tabs of an asset's screen. */
    public enum Tab { OVERVIEW, PARTS, SOFTWARE, HISTORY }

    public AssetPlace(UUID assetId) {
        this(assetId, Tab.OVERVIEW, null);
    }

    @Override
    public String screen() {
        return AssetListPlace.SCREEN;
    }
}
