package org.techbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.knowledge.Article;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.knowledge.ArticleFilter;
import org.techbench.service.knowledge.SuggestionContext;
import org.techbench.store.DataFolder;

/**
 * Times the knowledge base at the scale on a demo store with 50,000 faults: a full rebuild
 * of the index, a suggestion per keystroke while symptoms are typed (English and Chinese), and
 * indexing a page of 1,000 new faults with their journals as a sync brings them.
 * Args: STORE [ARTICLES]; the articles (default 2,000) are added once.
 */
public final class KnowledgeBenchmark {

    private static final List<String> TYPED = List.of(
            "fan very loud and the pc shuts down when hot",
            "blue screen after driver update",
            "two devices have the same ip address",
            "printer prints blank labels",
            "cannot connect to the database server",
            "电脑开不了机，按电源键没反应",
            "显示器无信号 黑屏",
            "网页打不开 但是能ping通IP",
            "硬盘咔咔响 读写很慢",
            "vpn drops every ten minutes");

    public static void main(String[] args) throws IOException {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            workbench.knowledge().catchUp(Progress.NONE);
            int have = workbench.knowledge().articles(ArticleFilter.NONE).size();
            if (have < articles) {
                addArticles(workbench, articles - have);
            }
        }
        rebuild(folder);
        typing(folder);
        syncedPage(folder);
    }

    /** Team articles made from the built-in ones, each a variant: about what a team writes in a few years. */
    private static void addArticles(Workbench workbench, int count) {
        List<Article> builtIns = workbench.knowledge().articles(ArticleFilter.NONE);
        for (int i = 0; i < count; i++) {
            Article base = builtIns.get(i % builtIns.size());
            workbench.knowledge().save(new Article(null, null, base.title() + " (" + (i + 1) + ")", base.body()
                    + "\nRecord what was done, case " + i, base.category(), base.subcategory(), null, null,
                    base.symptom() + " Case " + i + ".", base.cause(), base.language(), "Model " + (i % 40), "", "bench", 1,
                    null, null));
        }
    }

    private static void rebuild(DataFolder folder) throws IOException {
        deleteIndex(folder);
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            long start = System.nanoTime();
            int written = workbench.knowledge().catchUp(Progress.NONE);
            long took = (System.nanoTime() - start) / 1_000_000;
            // The pass that follow() started may have done the work; the timed call waited for it.
            System.out.printf("| full rebuild of the knowledge index | %d ms (%s documents written by the timed pass) |%n",
                    took, written);
        }
    }

    private static void typing(DataFolder folder) {
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            workbench.knowledge().catchUp(Progress.NONE);
            UUID asset = null;
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String symptom : TYPED) {
                    for (int end = 1; end <= symptom.length(); end++) {
                        long start = System.nanoTime();
                        workbench.knowledge().suggest(new SuggestionContext(symptom.substring(0, end), asset,
                                FaultSubcategory.COOLING, null));
                        if (round > 0) {
                            micros.add((System.nanoTime() - start) / 1_000);
                        }
                    }
                }
            }
            Collections.sort(micros);
            System.out.printf("| a suggestion per keystroke (%d keystrokes, %d articles) | p50 %.1f ms,"
                    + " p95 %.1f ms, max %.1f ms |%n", micros.size(),
                    workbench.knowledge().articles(ArticleFilter.NONE).size(), micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() * 95 / 100) / 1000.0, micros.getLast() / 1000.0);
        }
    }

    /**
     * 1,000 new faults with two journal entries each arrive while the index is closed (as a sync
     * page would, from the index's point of view); the timed catch-up indexes them.
     */
    private static void syncedPage(DataFolder folder) throws IOException {
        Path index = folder.knowledgeIndex();
        Path aside = Files.createTempDirectory("knowledge-index-before");
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            workbench.knowledge().catchUp(Progress.NONE);
        }
        copy(index, aside);
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            UUID site = workbench.sites().all().getFirst().id();
            for (int i = 0; i < 1_000; i++) {
                var fault = workbench.faults().report(new FaultReport(site, null, FaultSubcategory.APPLICATION,
                        "Page fault " + i + ": scanner software hangs when saving to the share", null, null, "Bench", null,
                        null, Impact.LOW, Urgency.LOW, null, null, null));
                workbench.faults().addEntry(fault.id(), FaultEventKind.OBSERVATION, "Hangs at 60 % on large files " + i);
                workbench.faults().addEntry(fault.id(), FaultEventKind.TEST, "Saving locally works " + i);
            }
        }
        deleteIndex(folder);
        copy(aside, index);
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            long start = System.nanoTime();
            workbench.knowledge().catchUp(Progress.NONE);
            long took = (System.nanoTime() - start) / 1_000_000;
            boolean found = workbench.knowledge().search("page fault 999 scanner hangs", ArticleFilter.NONE, 3).results()
                    .stream().anyMatch(r -> r.title().contains("Page fault 999"));
            System.out.printf("| indexing a page of 1,000 new faults (3,000 journal entries) | %d ms (last one found: %s) |%n",
                    took, found);
        }
    }

    private static void deleteIndex(DataFolder folder) throws IOException {
        Path index = folder.knowledgeIndex();
        if (Files.exists(index)) {
            try (var files = Files.walk(index)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
