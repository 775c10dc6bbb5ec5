package org.techbench.service.knowledge;

import java.time.ZoneId;
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
        this.site = workbench.sites().save(new Site(null, "KB1", "Knowledge plant", "", ZoneId.of("Asia/Shanghai"), "",
                null, null, false));
    }

    Site site() {
        return site;
    }

    Fault reported(FaultSubcategory subcategory, String symptom) {
        return workbench.faults().report(new FaultReport(site.id(), null, subcategory, symptom, null, null, "Wang Fang",
                null, null, Impact.MEDIUM, Urgency.MEDIUM, null, null, null));
    }

    Fault resolved(FaultSubcategory subcategory, String symptom, String cause, String resolution, String prevention) {
        Fault fault = reported(subcategory, symptom);
        workbench.faults().assign(fault.id(), workbench.technicians().currentId());
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        return workbench.faults().resolve(fault.id(), new ResolutionSummary(cause, resolution, "Checked with the user",
                prevention));
    }
}
