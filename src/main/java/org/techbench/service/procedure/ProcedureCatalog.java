package org.techbench.service.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.procedure.DefinitionProblem;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureKind;
import org.techbench.domain.procedure.TeamProcedure;

/**
 * The procedures on offer: the built-in library and the team's own, the newest version of each
 * code (a team version of a built-in code replaces it). Every version is kept, so a run resumes on
 * the version it started with.
 */
public final class ProcedureCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureCatalog.class);
    /** How a team procedure names where it came from, so the screens can tell it from a built-in one. */
    static final String TEAM_SOURCE = "team:";

    private final Map<String, ProcedureDefinition> everyVersion;
    private final List<ProcedureDefinition> newest;
    private final List<DefinitionProblem> problems;

    private ProcedureCatalog(Map<String, ProcedureDefinition> everyVersion, List<DefinitionProblem> problems) {
        this.everyVersion = everyVersion;
        this.problems = List.copyOf(problems);
        Map<String, ProcedureDefinition> newestByCode = new LinkedHashMap<>();
        everyVersion.values().forEach(definition -> newestByCode.merge(code(definition.code()), definition,
                (a, b) -> a.version() >= b.version() ? a : b));
        this.newest = newestByCode.values().stream()
                .sorted(Comparator.comparing(ProcedureDefinition::kind).thenComparing(ProcedureDefinition::code)).toList();
    }

    /**
     * The catalog of the built-in library and the team's rows. Two laptops adding the same code
     * offline may both store one version number: the row with the greater id is taken, on every laptop alike.
     */
    static ProcedureCatalog of(ProcedureLibrary builtIn, List<TeamProcedure> team) {
        Map<String, ProcedureDefinition> versions = new LinkedHashMap<>();
        builtIn.all().forEach(definition -> versions.put(key(definition.code(), definition.version()), definition));
        List<DefinitionProblem> problems = new ArrayList<>(builtIn.problems());
        team.stream().sorted(Comparator.comparing(TeamProcedure::code).thenComparing(TeamProcedure::version)
                .thenComparing(TeamProcedure::id)).forEach(row -> {
                    ProcedureFile.Read read = ProcedureFile.read(TEAM_SOURCE + row.code() + " v" + row.version(), row.definition());
                    if (read.valid()) {
                        ProcedureDefinition d = read.definition();
                        versions.put(key(row.code(), row.version()), new ProcedureDefinition(row.code(), row.version(), d.kind(),
                                d.category(), d.subcategory(), d.title(), d.steps(), d.source()));
                    } else {
                        // Checked when it was added; a row that fails now came from a newer workbench's checks.
                        read.problems().forEach(problem -> LOG.warn("Team procedure left out: {}", problem));
                        problems.addAll(read.problems());
                    }
                });
        return new ProcedureCatalog(versions, problems);
    }

    /** The newest version of every procedure, by kind and code. */
    public List<ProcedureDefinition> all() {
        return newest;
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    public Optional<ProcedureDefinition> find(String code) {
        return newest.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The version a run started on. */
    public Optional<ProcedureDefinition> find(String code, int version) {
        return Optional.ofNullable(everyVersion.get(key(code, version)));
    }

    /** The version the next team edit of {@code code} is stored as. */
    public int nextVersion(String code) {
        return everyVersion.values().stream().filter(d -> d.code().equalsIgnoreCase(code))
                .mapToInt(ProcedureDefinition::version).max().orElse(0) + 1;
    }

    public static boolean teamMade(ProcedureDefinition definition) {
        return definition.source().startsWith(TEAM_SOURCE);
    }

    public List<ProcedureDefinition> ofKind(ProcedureKind kind) {
        return newest.stream().filter(d -> d.kind() == kind).toList();
    }

    /**
     * The troubleshooting procedures for a fault, best first: those for its subcategory, then
     * those for its whole category.
     */
    public List<ProcedureDefinition> forFault(FaultCategory category, FaultSubcategory subcategory) {
        List<ProcedureDefinition> exact = new ArrayList<>();
        List<ProcedureDefinition> broad = new ArrayList<>();
        List<ProcedureDefinition> sameCategory = new ArrayList<>();
        for (ProcedureDefinition definition : newest) {
            if (definition.category() == null || !definition.category().equals(category.name())) {
                continue;
            }
            if (definition.kind() == ProcedureKind.PART_REPLACEMENT) {
                continue; // a part is replaced from the asset, once troubleshooting found it
            }
            if (subcategory != null && subcategory.name().equals(definition.subcategory())) {
                exact.add(definition);
            } else if (definition.subcategory() == null) {
                broad.add(definition);
            } else {
                sameCategory.add(definition);
            }
        }
        List<ProcedureDefinition> ranked = new ArrayList<>(exact);
        ranked.addAll(broad);
        ranked.addAll(sameCategory);
        return ranked;
    }

    private static String key(String code, int version) {
        return code(code) + "#" + version;
    }

    private static String code(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
