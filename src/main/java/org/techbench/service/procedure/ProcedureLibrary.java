package org.techbench.service.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.procedure.DefinitionProblem;
import org.techbench.domain.procedure.ProcedureDefinition;

/**
 * The built-in procedures, read from {@code procedures/} (the files named in its
 * {@code library.txt}): every file that passes its checks, and for every one that does not, its
 * problems; a broken file is left out and the rest load.
 */
public final class ProcedureLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureLibrary.class);
    private static final String FOLDER = "/procedures/";

    private final List<ProcedureDefinition> definitions;
    private final List<DefinitionProblem> problems;

    private ProcedureLibrary(List<ProcedureDefinition> definitions, List<DefinitionProblem> problems) {
        this.definitions = List.copyOf(definitions);
        this.problems = List.copyOf(problems);
    }

    public static ProcedureLibrary builtIn() {
        List<ProcedureDefinition> loaded = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (String file : resource("library.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            ProcedureFile.Read read = ProcedureFile.read(file, resource(file));
            if (read.valid()) {
                loaded.add(read.definition());
            } else {
                read.problems().forEach(problem -> LOG.warn("Procedure left out: {}", problem));
                problems.addAll(read.problems());
            }
        }
        loaded.sort(Comparator.comparing(ProcedureDefinition::kind).thenComparing(ProcedureDefinition::code));
        return new ProcedureLibrary(loaded, problems);
    }

    private static String resource(String name) {
        try (InputStream in = ProcedureLibrary.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ProcedureDefinition> all() {
        return definitions;
    }

    /** The problems of the files left out (none in a build that passed its tests). */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    public Optional<ProcedureDefinition> find(String code) {
        return definitions.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }
}
