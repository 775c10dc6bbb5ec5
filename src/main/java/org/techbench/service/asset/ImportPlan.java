package org.techbench.service.asset;

import java.nio.file.Path;
import java.util.List;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.site.Site;

/**
 * What importing a file would do, worked out without writing anything (the dry run): how many
 * assets it would create, update, leave unchanged or skip, and how many parts and software entries
 * it would add, with the first of each to look at; the sites it would add; its problems (the first
 * {@link #PROBLEMS_KEPT}; {@code outcome().problems()} counts them all), the notices of what it
 * assumed (a column left out, a kind read as Other), and how each column was read.
 * The plan keeps counts, not rows, so that a 100,000-asset export can be checked in little memory;
 * applying it reads the file again.
 */
public record ImportPlan(
        Path file,
        FileStamp stamp,
        String format,
        String encoding,
        ImportOptions options,
        int rowsRead,
        ImportResult outcome,
        Sample sample,
        List<Site> newSites,
        List<ImportProblem> problems,
        List<ImportNotice> notices,
        List<ColumnReading> columns) {

    /** How many problems a plan lists; a file wrong in every row needs no more to be understood. */
    public static final int PROBLEMS_KEPT = 1_000;

    /** How many of each kind of record a plan keeps to be looked at. */
    public static final int SAMPLE_SIZE = 1_000;

    /** The file's size and time of change when it was checked: applying refuses a file changed since. */
    public record FileStamp(long size, long modifiedMillis) {
    }

    /** The first records the import would create or update, as they would be written. */
    public record Sample(List<Asset> creates, List<Asset> updates, List<Component> components,
                         List<InstalledSoftware> software) {
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** True when applying the plan would write nothing. */
    public boolean changesNothing() {
        return outcome.created() == 0 && outcome.updated() == 0 && outcome.components() == 0
                && outcome.software() == 0 && newSites.isEmpty();
    }

    /** Whether the plan may be applied under its options. */
    public boolean applicable() {
        return outcome.problems() == 0 || !options.allOrNothing();
    }
}
