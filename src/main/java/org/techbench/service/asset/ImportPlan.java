package org.techbench.service.asset;

import java.util.List;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.site.Site;

/**
 * What importing a file would do, worked out without writing anything (the dry run): assets to
 * create, to update, left unchanged or skipped; parts, software and sites to add; every problem, and
 * the notices of what it assumed (a column left out, a kind read as Other), and how each column was read.
 */
public record ImportPlan(
        String fileName,
        String format,
        String encoding,
        ImportOptions options,
        int rowsRead,
        List<Asset> creates,
        List<Asset> updates,
        int unchanged,
        int skipped,
        List<Component> components,
        List<InstalledSoftware> software,
        List<Site> newSites,
        List<ImportProblem> problems,
        List<ImportNotice> notices,
        List<ColumnReading> columns) {

    /** True when applying the plan would write nothing: no problems and nothing new. */
    public boolean changesNothing() {
        return creates.isEmpty() && updates.isEmpty() && components.isEmpty() && software.isEmpty() && newSites.isEmpty();
    }

    /** Whether the plan may be applied under its options. */
    public boolean applicable() {
        return problems.isEmpty() || !options.allOrNothing();
    }
}
