package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.knowledge.ArticleDetail;
import org.techbench.service.knowledge.ArticleFilter;
import org.techbench.service.knowledge.BuiltInArticles;
import org.techbench.service.knowledge.KnowledgeAnswer;
import org.techbench.store.KnowledgeDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench kb search|show}: the knowledge base from the command line. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge base: search articles and past faults, show an article.",
        subcommands = {KbCommand.Search.class, KbCommand.Show.class})
public final class KbCommand {

    private static Workbench open(GlobalOptions global) {
        Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"));
        workbench.knowledge().catchUp(Progress.NONE);
        return workbench;
    }

    /** Articles and past faults that match, best first, with why. */
    @Command(name = "search", mixinStandardHelpOptions = true, description = "Search articles and past faults, best first.")
    static final class Search implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "A symptom, an error message, a model (English or Chinese).")
        List<String> words;

        @Option(names = "--kind", description = "ARTICLE or FAULT (default: both).")
        KnowledgeDocument.Kind kind;

        @Option(names = "--category", description = "HARDWARE, SOFTWARE or NETWORK.")
        FaultCategory category;

        @Option(names = "--language", description = "en or zh (articles only).")
        String language;

        @Option(names = "--reviewed", description = "Reviewed articles only.")
        boolean reviewed;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be 1 or more");
            }
            try (Workbench workbench = open(global)) {
                KnowledgeAnswer answer = workbench.knowledge().search(String.join(" ", words),
                        new ArticleFilter(kind, category, null, language, reviewed), limit);
                if (answer.shortened()) {
                    spec.commandLine().getErr().println("Only the first words of that long text were searched.");
                }
                format.print(List.of("kind", "id", "title", "score", "why", "fix"),
                        answer.results().stream().map(r -> List.of(r.kind().name(), r.id().toString(), r.title(),
                                String.format(Locale.ROOT, "%.2f", r.score()),
                                String.join(" ", r.matchedWords()) + " " + r.reasons().stream()
                                        .filter(reason -> reason.ordinal() > 0).map(Enum::name)
                                        .collect(Collectors.joining(",")),
                                r.fix())).toList(), spec.commandLine().getOut());
                return 0;
            }
        }
    }

    /** One article: symptom, cause, steps, what it applies to, how often it helped, its versions. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article.")
    static final class Show implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Parameters(paramLabel = "ID", description = "The article's id, or a built-in topic's code (e.g. net-ip-conflict).")
        String id;

        @Option(names = "--language", defaultValue = "en", description = "For a topic's code: en or zh (default ${DEFAULT-VALUE}).")
        String language;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = open(global)) {
                ArticleDetail detail = workbench.knowledge().detail(articleId());
                Article a = detail.article();
                out.printf("%s%n%s / %s, %s, version %d by %s%s%n", a.title(), a.category(),
                        a.subcategory() == null ? "-" : a.subcategory(), a.language(), a.version(), a.author(),
                        a.reviewed() ? ", reviewed by " + a.reviewedBy() : ", not reviewed");
                out.printf("Symptom: %s%nCause: %s%nSolution:%n", a.symptom(), a.cause());
                List<String> steps = a.steps();
                for (int i = 0; i < steps.size(); i++) {
                    out.printf("  %d. %s%n", i + 1, steps.get(i));
                }
                if (!a.models().isBlank() || !a.componentKinds().isBlank()) {
                    out.printf("Applies to: %s %s%n", a.models().replace('\n', ','), a.componentKinds());
                }
                out.printf("Helped %d time(s)%n", detail.helped());
                for (Fault fault : detail.faultsSolved()) {
                    out.printf("  %s  %s  %s%n", fault.number(), fault.status(), fault.symptom());
                }
                detail.revisions().forEach(r -> out.printf("Version %d by %s, %s%n", r.version(), r.author(), r.editedAt()));
                return 0;
            }
        }

        private UUID articleId() {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                if (!id.matches("[a-z]+(-[a-z]+)+")) {
                    throw new RefusedException("No article " + id + ": give an article's id or a built-in topic's code.");
                }
                return BuiltInArticles.idOf(id, language);
            }
        }
    }
}
