package org.techbench.service.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.knowledge.FaultComponents;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Progress;
import org.techbench.service.Subject;
import org.techbench.store.KnowledgeDocument;
import org.techbench.store.KnowledgeIndex;
import org.techbench.store.KnowledgeRepository;

/**
 * Keeps the knowledge index following the store: after every change to faults or articles, local
 * or synced, it compares what the index holds with the store (each fault's and article's clock,
 * and journal entries stored since the last look) and indexes what differs. An empty index, as
 * after a rebuild, is the same comparison with everything differing.
 */
final class KnowledgeIndexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndexer.class);
    private static final String EVENT_ROW = "eventRow";
    private static final int PAGE = 1_000;

    private final KnowledgeIndex index;
    private final KnowledgeRepository repository;
    private final BuiltInArticles builtIns;
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Object lock = new Object();
    private Map<UUID, Long> indexedFaults;
    private Map<UUID, Long> indexedArticles;
    private volatile boolean caughtUp;
    private volatile boolean closed;
    private ChangeEvents.Subscription subscription;

    KnowledgeIndexer(KnowledgeIndex index, KnowledgeRepository repository, BuiltInArticles builtIns) {
        this.index = index;
        this.repository = repository;
        this.builtIns = builtIns;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("knowledge-index").factory());
    }

    /** From now on, follows every change announced for faults and articles, in the background. */
    void follow(ChangeEvents changes) {
        subscription = changes.listen(Set.of(Subject.FAULTS, Subject.KNOWLEDGE), this::catchUpSoon);
        catchUpSoon();
    }

    /** Catches up in the background; changes that arrive meanwhile are taken in one more pass. */
    void catchUpSoon() {
        if (!closed && queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                if (closed) {
                    return;
                }
                try {
                    // Closing stops a long catch-up between pages: a command line run need not wait for a rebuild.
                    catchUp(new Progress() {
                        @Override
                        public void report(String stage, long done, long total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return closed;
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("The knowledge index could not follow the store", e);
                }
            });
        }
    }

    /** Whether the index has followed the store at least once since it was opened. */
    boolean caughtUp() {
        return caughtUp;
    }

    /** Brings the index level with the store now; returns how many documents it wrote or removed. */
    int catchUp(Progress progress) {
        synchronized (lock) {
            if (indexedFaults == null) {
                indexedFaults = new HashMap<>(index.clocks(KnowledgeDocument.Kind.FAULT));
                indexedArticles = new HashMap<>(index.clocks(KnowledgeDocument.Kind.ARTICLE));
            }
            long eventMark = Long.parseLong(index.committedMarks().getOrDefault(EVENT_ROW, "0"));
            long lastEventRow = repository.lastEventRow();
            Map<UUID, Long> faults = repository.faultClocks();
            Set<UUID> changedFaults = new HashSet<>();
            faults.forEach((id, clock) -> {
                if (!clock.equals(indexedFaults.get(id))) {
                    changedFaults.add(id);
                }
            });
            if (lastEventRow < eventMark) {
                changedFaults.addAll(faults.keySet());
            } else if (lastEventRow > eventMark) {
                changedFaults.addAll(repository.faultsWithEntriesAfter(eventMark));
            }
            changedFaults.retainAll(faults.keySet());
            Set<UUID> goneFaults = new HashSet<>(indexedFaults.keySet());
            goneFaults.removeAll(faults.keySet());

            Map<UUID, Article> articles = currentArticles();
            Map<UUID, Long> storedClocks = repository.articleClocks();
            List<KnowledgeDocument> articleDocuments = new ArrayList<>();
            articles.forEach((id, article) -> {
                long clock = storedClocks.getOrDefault(id, BuiltInArticles.clockOf(article));
                if (!Long.valueOf(clock).equals(indexedArticles.get(id))) {
                    articleDocuments.add(document(article, clock));
                }
            });
            Set<UUID> goneArticles = new HashSet<>(indexedArticles.keySet());
            goneArticles.removeAll(articles.keySet());

            int total = changedFaults.size() + articleDocuments.size();
            int done = 0;
            index.put(articleDocuments);
            articleDocuments.forEach(d -> indexedArticles.put(d.id(), d.clock()));
            done += articleDocuments.size();
            List<UUID> pending = new ArrayList<>(changedFaults);
            for (int from = 0; from < pending.size(); from += PAGE) {
                if (progress.cancelled()) {
                    break;
                }
                var page = repository.faultTexts(pending.subList(from, Math.min(pending.size(), from + PAGE)));
                List<KnowledgeDocument> documents = page.stream().map(KnowledgeIndexer::document).toList();
                index.put(documents);
                documents.forEach(d -> indexedFaults.put(d.id(), d.clock()));
                done += page.size();
                progress.report("index", done, total);
            }
            index.remove(goneFaults);
            index.remove(goneArticles);
            goneFaults.forEach(indexedFaults::remove);
            goneArticles.forEach(indexedArticles::remove);
            int written = total + goneFaults.size() + goneArticles.size();
            if (written > 0 || lastEventRow != eventMark) {
                index.commit(Map.of(EVENT_ROW, Long.toString(progress.cancelled() ? eventMark : lastEventRow)));
            }
            caughtUp = !progress.cancelled();
            return written;
        }
    }

    /** The built-in articles with the team's stored ones in their place where they share an id. */
    Map<UUID, Article> currentArticles() {
        Map<UUID, Article> articles = new HashMap<>();
        builtIns.all().forEach(article -> articles.put(article.id(), article));
        repository.all().forEach(article -> articles.put(article.id(), article));
        return articles;
    }

    static KnowledgeDocument document(Article article, long clock) {
        String text = String.join("\n", nullToEmpty(article.cause()), nullToEmpty(article.body()),
                nullToEmpty(article.tags()));
        return new KnowledgeDocument(article.id(), KnowledgeDocument.Kind.ARTICLE,
                article.title() + "\n" + nullToEmpty(article.symptom()), text,
                article.category() == null ? null : article.category().name(), article.language(),
                lines(article.models()), split(article.componentKinds()), article.reviewed(), true,
                article.updatedAt() == null ? 0 : article.updatedAt().toInstant().toEpochMilli(), clock);
    }

    private static KnowledgeDocument document(KnowledgeRepository.FaultText text) {
        Fault fault = text.fault();
        StringBuilder body = new StringBuilder();
        for (String part : Arrays.asList(fault.businessImpact(), fault.rootCause(), fault.resolution(), fault.lessons(),
                fault.prevention())) {
            if (part != null) {
                body.append(part).append('\n');
            }
        }
        text.journal().stream()
                .filter(event -> event.kind() != FaultEventKind.STATUS_CHANGE && event.kind() != FaultEventKind.ASSIGNMENT)
                .forEach(event -> body.append(event.body()).append('\n'));
        boolean summary = fault.rootCause() != null && fault.resolution() != null;
        return new KnowledgeDocument(fault.id(), KnowledgeDocument.Kind.FAULT, fault.symptom(), body.toString(),
                fault.category().name(), null, text.assetModel() == null ? List.of() : List.of(text.assetModel()),
                FaultComponents.of(fault.subcategory()).stream().map(Enum::name).toList(), false, summary,
                fault.reportedAt().toInstant().toEpochMilli(), text.clock());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        closed = true;
        worker.shutdown();
        try {
            // Not interrupted: Lucene closes a file channel that is interrupted mid-write.
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            index.close();
        }
    }
}
