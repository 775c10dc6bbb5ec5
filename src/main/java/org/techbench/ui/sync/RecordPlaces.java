package org.techbench.ui.sync;

import java.util.Optional;
import java.util.UUID;
import org.techbench.ui.assets.AssetPlace;
import org.techbench.ui.common.Place;
import org.techbench.ui.faults.FaultsPlace;
import org.techbench.ui.maintenance.ChecklistsPlace;
import org.techbench.ui.procedures.ProceduresPlace;
import org.techbench.ui.sites.SitesPlace;

/** Where a record the Sync screen lists opens: its own screen, on the tab that shows it. */
public final class RecordPlaces {

    private RecordPlaces() {
    }

    /**
     * The place of a row of {@code table}; {@code assetId} is the asset it is or belongs to and
     * {@code label} its code where it has one. Empty for a record no screen shows on its own.
     */
    public static Optional<Place> of(String table, UUID rowId, UUID assetId, String label) {
        return Optional.ofNullable(switch (table) {
            case "asset" -> new AssetPlace(rowId);
            case "component" -> assetId == null ? null : new AssetPlace(assetId, AssetPlace.Tab.PARTS, rowId);
            case "installed_software" -> assetId == null ? null : new AssetPlace(assetId, AssetPlace.Tab.SOFTWARE, rowId);
            case "site", "site_contact", "contract" -> new SitesPlace();
            case "fault" -> new FaultsPlace(rowId);
            case "checklist_template" -> new ChecklistsPlace(label);
            case "procedure_definition" -> ProceduresPlace.all();
            default -> null;
        });
    }
}
