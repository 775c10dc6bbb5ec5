package org.techbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techbench.domain.procedure.DefinitionCheck;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.service.RefusedException;
import org.techbench.service.procedure.ProcedureFile;
import org.techbench.service.Workbench;
import org.techbench.service.procedure.ProcedureCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code techbench procedure list|show|validate|add}: the procedures on offer (built-in and the
 * team's), a check for a definition file, and adding one for the team.
 */
@Command(name = "procedure", mixinStandardHelpOptions = true,
        description = "Procedures: list them, show one, validate a definition file, add one for the team.",
        subcommands = {ProcedureCommand.ListProcedures.class, ProcedureCommand.Show.class, ProcedureCommand.Validate.class,
                ProcedureCommand.Add.class})
public final class ProcedureCommand {

    private static Workbench open(GlobalOptions global) {
        return Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"));
    }

    /** The procedures on offer by kind: the newest version of each, built-in or the team's. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the procedures on offer.")
    static final class ListProcedures implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Option(names = "--language", defaultValue = "en", description = "en or zh (default ${DEFAULT-VALUE}).")
        String language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Locale locale = Locale.forLanguageTag(language);
            try (Workbench workbench = open(global)) {
                format.print(List.of("code", "version", "kind", "steps", "title", "from"), workbench.procedures().catalog().all()
                        .stream().map(d -> List.of(d.code(), Integer.toString(d.version()), d.kind().name(),
                                Integer.toString(d.steps().size()), d.title().in(locale),
                                ProcedureCatalog.teamMade(d) ? "team" : "built-in")).toList(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    /** One procedure's steps, with where each leads. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one procedure's steps.")
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "The procedure's code, e.g. SOFTWARE-UPDATE.")
        String code;

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--language", defaultValue = "en", description = "en or zh (default ${DEFAULT-VALUE}).")
        String language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Locale locale = Locale.forLanguageTag(language);
            ProcedureDefinition definition;
            try (Workbench workbench = open(global)) {
                definition = workbench.procedures().catalog().find(code)
                        .orElseThrow(() -> new RefusedException("No procedure " + code + ": `procedure list` names them."));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s v%d  %s  %s%n", definition.code(), definition.version(), definition.kind(),
                    definition.title().in(locale));
            for (StepDefinition step : definition.steps()) {
                out.printf("  %-16s %-12s %s%s%s%n", step.id(), step.kind().fileName(), step.text().in(locale),
                        step.requires() == null ? "" : "  [after " + step.requires() + "]",
                        "  -> " + String.join(" | ", DefinitionCheck.exits(definition, step)));
            }
            return 0;
        }
    }

    /** Checks a definition file: exit 0 when it would load, else 1 with every problem by line. */
    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a procedure definition file.")
    static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A procedure definition in YAML (UTF-8).")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ProcedureFile.Read read = ProcedureFile.read(file.toString(), utf8(file));
            if (read.valid()) {
                spec.commandLine().getOut().printf("%s: %s v%d, %d steps, valid%n", file, read.definition().code(),
                        read.definition().version(), read.definition().steps().size());
                return 0;
            }
            read.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            return 1;
        }
    }

    /** Adds a definition file as the team's newest version of its code; synced to every laptop. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a procedure definition file for the team (the next version of its code).")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A procedure definition in YAML (UTF-8).")
        Path file;

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String text = utf8(file);
            try (Workbench workbench = open(global)) {
                ProcedureFile.Read read = workbench.procedures().add(file.toString(), text);
                if (!read.valid()) {
                    read.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
                    spec.commandLine().getErr().println("Nothing was added.");
                    return 1;
                }
                spec.commandLine().getOut().printf("Added %s version %d (%d steps); it goes to the team with the next sync.%n",
                        read.definition().code(), read.definition().version(), read.definition().steps().size());
                return 0;
            }
        }
    }

    private static String utf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new RefusedException("There is no file " + file + ".");
        } catch (CharacterCodingException e) {
            throw new RefusedException(file + " is not UTF-8 text: save it as UTF-8 and try again.");
        } catch (IOException e) {
            throw new RefusedException(file + " cannot be read: " + e.getMessage());
        }
    }
}
