package org.techbench.cli;

import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.site.Site;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import picocli.CommandLine.Option;

/** The options that choose assets: a search text and a site. */
final class AssetFilterOptions {

    @Option(names = {"--query", "-q"}, paramLabel = "Q", description = "Search in tag, name, serial, make, model, IP address and hostname.")
    String query = "";

    @Option(names = "--site", paramLabel = "S", description = "Only this site (its code).")
    String site;

    AssetFilter filter(Workbench workbench) {
        AssetFilter filter = AssetFilter.all().withText(query);
        if (site != null) {
            Site found = workbench.sites().all().stream().filter(s -> s.code().equalsIgnoreCase(site.strip())).findFirst()
                    .orElseThrow(() -> new RefusedException("No site with the code " + site + "."));
            filter = filter.withSite(found.id());
        }
        return filter;
    }
}
