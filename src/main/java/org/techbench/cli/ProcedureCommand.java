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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techbench.domain.procedure.DefinitionCheck;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.service.RefusedException;
import org.techbench.service.procedure.ProcedureFile;
import org.techbench.service.procedure.ProcedureLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench procedure list|show|validate}: the procedure library, and a check for a definition file. */
@Command(name = "procedure", mixinStandardHelpOptions = true,
        description = "Procedures: list the library, show one, validate a definition file.",
        subcommands = {ProcedureCommand.ListProcedures.class, ProcedureCommand.Show.class, ProcedureCommand.Validate.class})
public final class ProcedureCommand {

    /** The built-in procedures by kind. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in procedures.")
    static final class ListProcedures implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Option(names = "--language", defaultValue = "en", description = "en or zh (default ${DEFAULT-VALUE}).")
        String language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Locale locale = Locale.forLanguageTag(language);
            format.print(List.of("code", "version", "kind", "steps", "title"), ProcedureLibrary.builtIn().all().stream()
                    .map(d -> List.of(d.code(), Integer.toString(d.version()), d.kind().name(),
                            Integer.toString(d.steps().size()), d.title().in(locale))).toList(), spec.commandLine().getOut());
            return 0;
        }
    }

    /** One procedure's steps, with where each leads. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one procedure's steps.")
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "The procedure's code, e.g. SOFTWARE-UPDATE.")
        String code;

        @Option(names = "--language", defaultValue = "en", description = "en or zh (default ${DEFAULT-VALUE}).")
        String language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Locale locale = Locale.forLanguageTag(language);
            ProcedureDefinition definition = ProcedureLibrary.builtIn().find(code)
                    .orElseThrow(() -> new RefusedException("No procedure " + code + ": `procedure list` names them."));
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
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
            } catch (NoSuchFileException e) {
                throw new RefusedException("There is no file " + file + ".");
            } catch (CharacterCodingException e) {
                throw new RefusedException(file + " is not UTF-8 text: save it as UTF-8 and validate it again.");
            } catch (IOException e) {
                throw new RefusedException(file + " cannot be read: " + e.getMessage());
            }
            ProcedureFile.Read read = ProcedureFile.read(file.toString(), text);
            if (read.valid()) {
                spec.commandLine().getOut().printf("%s: %s v%d, %d steps, valid%n", file, read.definition().code(),
                        read.definition().version(), read.definition().steps().size());
                return 0;
            }
            read.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            return 1;
        }
    }
}
