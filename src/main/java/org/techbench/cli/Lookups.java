package org.techbench.cli;

import java.util.UUID;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;

/** Finds the records a command names by what a technician types: a site's code, an asset's tag. */
final class Lookups {

    private Lookups() {
    }

    static UUID siteId(Workbench workbench, String code) {
        return workbench.sites().all().stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new RefusedException("No site with the code " + code + ".")).id();
    }

    /** The asset with this tag (at the site, when given); refused when there is none. */
    static UUID assetId(Workbench workbench, String tag, UUID siteId) {
        var ids = workbench.assets().match(AssetFilter.all().withText(tag.strip()).withSite(siteId));
        return workbench.assets().rows(ids).stream().filter(r -> r.tag().equalsIgnoreCase(tag.strip()))
                .map(r -> r.id()).findFirst()
                .orElseThrow(() -> new RefusedException("No asset with the tag " + tag + "."));
    }
}
