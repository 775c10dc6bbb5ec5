package org.techbench.ui.assets;

import java.util.UUID;
import org.techbench.domain.asset.AssetKind;
import org.techbench.ui.common.Place;

/** The asset list, filtered by site and kind when they are given (null: any). */
public record AssetListPlace(UUID siteId, AssetKind kind) implements Place {

    public static final String SCREEN = "assets";

    public static AssetListPlace all() {
        return new AssetListPlace(null, null);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
