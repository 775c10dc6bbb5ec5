package org.techbench.service.knowledge;

import java.time.ZoneId;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;

/** Faults worked to resolved through the services, as the knowledge base's tests need them. */
final class PastFaults {

    private final Workbench workbench;
    private final Site site;

    PastFaults(Workbench workbench) {
        this.workbench = workbench;
        this.site = workbench.sites().all().stream().filter(s -> s.code().equals("KB1")).findFirst()
                .orElseGet(() -> workbench.sites().save(new Site(null, "KB1", "Knowledge plant", "",
                        ZoneId.of("Asia/Shanghai"), "", null, null, false)));
    }

    Site site() {
        return site;
    }

    Asset asset(String tag, String make, String model) {
        return workbench.assets().save(new Asset(null, site.id(), tag, make + " " + model, AssetKind.DESKTOP, make, model,
                null, null, null, null, AssetStatus.IN_SERVICE, null, null, null, false));
    }

    Fault reported(FaultSubcategory subcategory, String symptom) {
        return reported(null, subcategory, symptom);
    }

    Fault reported(UUID assetId, FaultSubcategory subcategory, String symptom) {
        return workbench.faults().report(new FaultReport(assetId == null ? site.id() : null, assetId, subcategory, symptom,
                null, null, "Wang Fang", null, null, Impact.MEDIUM, Urgency.MEDIUM, null, null, null));
    }

    Fault resolved(FaultSubcategory subcategory, String symptom, String cause, String resolution, String prevention) {
        return resolved(null, subcategory, symptom, cause, resolution, prevention);
    }

    Fault resolved(UUID assetId, FaultSubcategory subcategory, String symptom, String cause, String resolution,
                   String prevention) {
        Fault fault = reported(assetId, subcategory, symptom);
        workbench.faults().assign(fault.id(), workbench.technicians().currentId());
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        return workbench.faults().resolve(fault.id(), new ResolutionSummary(cause, resolution, "Checked with the user",
                prevention));
    }
}
