package org.techbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base's full-text index (Lucene), kept in a folder beside the store and rebuilt from
 * it whenever it is missing, damaged, or written by another format or analysis. Searches see
 * every update at once (a near-real-time reader); {@link #commit} makes them last across restarts.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    /** Raised with every change to what a document holds, so an index written before is rebuilt. */
    static final String FORMAT = "1";
    /** The words of a query past this many are left out: a pasted log says enough in its first ones. */
    public static final int MOST_WORDS = 48;

    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String HEAD = "head";
    private static final String ALL = "all";
    private static final String CATEGORY = "category";
    private static final String LANGUAGE = "language";
    private static final String MODEL = "model";
    private static final String COMPONENT = "component";
    private static final String REVIEWED = "reviewed";
    private static final String SUMMARY = "summary";
    private static final String WHEN = "when";
    private static final String CLOCK = "clock";
    private static final String FORMAT_KEY = "format";
    private static final FieldType ALL_TYPE = allType();

    private final KnowledgeAnalysis analysis;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Rebuilt rebuiltBecause;

    /** Why an index was started empty and is rebuilt from the store. */
    public enum Rebuilt {
        MISSING, DAMAGED, OTHER_VERSION
    }

    private KnowledgeIndex(KnowledgeAnalysis analysis, Directory directory, IndexWriter writer,
                           Rebuilt rebuiltBecause) throws IOException {
        this.analysis = analysis;
        this.analyzer = writer.getAnalyzer();
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.rebuiltBecause = rebuiltBecause;
    }

    /**
     * Opens the index in {@code folder}; one that cannot be read, or was written by another format or
     * analysis, is thrown away and started empty, and {@link #rebuiltBecause} says why.
     */
    public static KnowledgeIndex open(Path folder, KnowledgeAnalysis analysis) {
        Rebuilt reason = null;
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    String format = reader.getIndexCommit().getUserData().get(FORMAT_KEY);
                    if (!formatName(analysis).equals(format)) {
                        reason = Rebuilt.OTHER_VERSION;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The knowledge index in {} is damaged and is rebuilt from the store", folder, e);
                    reason = Rebuilt.DAMAGED;
                }
            } else {
                reason = Rebuilt.MISSING;
            }
            IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer())
                    .setOpenMode(reason == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            if (reason != null) {
                directory.close();
                clear(folder);
                directory = FSDirectory.open(folder);
            }
            IndexWriter writer = new IndexWriter(directory, config);
            return new KnowledgeIndex(analysis, directory, writer, reason);
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index in " + folder + " cannot be opened", e);
        }
    }

    /** An index kept in memory only, built from the store at each start (for an encrypted store). */
    public static KnowledgeIndex inMemory(KnowledgeAnalysis analysis) {
        try {
            Directory directory = new org.apache.lucene.store.ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
            return new KnowledgeIndex(analysis, directory, writer, Rebuilt.MISSING);
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index could not be made in memory", e);
        }
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String formatName(KnowledgeAnalysis analysis) {
        return FORMAT + ":" + analysis.name();
    }

    /** Why the index started empty, or null when it was read as it was. */
    public Rebuilt rebuiltBecause() {
        return rebuiltBecause;
    }

    /** Adds the documents, each replacing the one of the same id. */
    public void put(Collection<KnowledgeDocument> documents) {
        try {
            for (KnowledgeDocument document : documents) {
                writer.updateDocument(new Term(ID, document.id().toString()), toLucene(document));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<UUID> ids) {
        try {
            writer.deleteDocuments(ids.stream().map(id -> new Term(ID, id.toString())).toArray(Term[]::new));
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put so far last across restarts, with {@code marks} (how far the index has followed the store). */
    public void commit(Map<String, String> marks) {
        Map<String, String> data = new HashMap<>(marks);
        data.put(FORMAT_KEY, formatName(analysis));
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marks of the last commit (empty for a new index). */
    public Map<String, String> committedMarks() {
        Map<String, String> marks = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> marks.put(entry.getKey(), entry.getValue()));
        }
        marks.remove(FORMAT_KEY);
        return marks;
    }

    /** Every document's id and clock, of one kind: what the store is compared with to find what changed. */
    public Map<UUID, Long> clocks(KnowledgeDocument.Kind kind) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<UUID, Long> clocks = new HashMap<>();
                StoredFields stored = searcher.storedFields();
                TopDocs all = searcher.search(new TermQuery(new Term(KIND, kind.name())), Math.max(1, count()));
                for (ScoreDoc hit : all.scoreDocs) {
                    Document document = stored.document(hit.doc, Set.of(ID, CLOCK));
                    clocks.put(UUID.fromString(document.get(ID)), document.getField(CLOCK).numericValue().longValue());
                }
                return clocks;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return writer.getDocStats().numDocs;
    }

    /** The query's words as the index cuts them, at most {@link #MOST_WORDS}, each once. */
    public List<String> words(String text) {
        return List.copyOf(wordsAsTyped(text).keySet());
    }

    /** The query's words as the index cuts them (stems), each with the text it was cut from, to show people. */
    private Map<String, String> wordsAsTyped(String text) {
        String normalised = KnowledgeAnalysis.normalise(text);
        Map<String, String> words = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(ALL, normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MOST_WORDS) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.putIfAbsent(word, normalised.substring(offsets.startOffset(), offsets.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The best matches for the query's words, best first; no words, no results. */
    public List<KnowledgeHit> search(KnowledgeQuery query) {
        Map<String, String> typed = wordsAsTyped(query.text());
        List<String> words = List.copyOf(typed.keySet());
        if (words.isEmpty() || query.limit() <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query built = build(searcher, words, query);
                TopDocs top = searcher.search(built, query.limit());
                List<KnowledgeHit> hits = new ArrayList<>(top.scoreDocs.length);
                StoredFields stored = searcher.storedFields();
                var vectors = searcher.getIndexReader().termVectors();
                for (ScoreDoc scored : top.scoreDocs) {
                    Document document = stored.document(scored.doc);
                    hits.add(new KnowledgeHit(UUID.fromString(document.get(ID)),
                            KnowledgeDocument.Kind.valueOf(document.get(KIND)), scored.score,
                            matched(vectors.get(scored.doc, ALL), typed), document.get(CATEGORY),
                            document.get(LANGUAGE), List.of(document.getValues(MODEL)),
                            List.of(document.getValues(COMPONENT)), "yes".equals(document.get(REVIEWED)),
                            "yes".equals(document.get(SUMMARY)), document.getField(WHEN).numericValue().longValue()));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Any of the words, in the title and symptom (weighed double) or anywhere; a longer word the
     * index has never seen is looked for with a typo's difference; filters must all hold.
     */
    private static Query build(IndexSearcher searcher, List<String> words, KnowledgeQuery query) throws IOException {
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        for (String word : words) {
            Term inAll = new Term(ALL, word);
            boolean latin = word.chars().allMatch(c -> c < 0x2E80);
            if (latin && word.length() >= 5 && searcher.getIndexReader().docFreq(inAll) == 0) {
                anyWord.add(new FuzzyQuery(inAll, word.length() >= 8 ? 2 : 1, 1), Occur.SHOULD);
                continue;
            }
            anyWord.add(new BoostQuery(new TermQuery(new Term(HEAD, word)), 2f), Occur.SHOULD);
            anyWord.add(new TermQuery(inAll), Occur.SHOULD);
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder().add(anyWord.build(), Occur.MUST);
        filter(whole, KIND, query.kind() == null ? null : query.kind().name());
        filter(whole, CATEGORY, query.category());
        filter(whole, MODEL, query.model() == null ? null : KnowledgeAnalysis.normalise(query.model()).strip());
        filter(whole, LANGUAGE, query.language());
        filter(whole, REVIEWED, query.reviewedOnly() ? "yes" : null);
        return whole.build();
    }

    private static void filter(BooleanQuery.Builder whole, String field, String value) {
        if (value != null && !value.isBlank()) {
            whole.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The query's words (as typed) that the document holds. */
    private static List<String> matched(Terms terms, Map<String, String> typed) throws IOException {
        if (terms == null) {
            return List.of();
        }
        TermsEnum iterator = terms.iterator();
        List<String> matched = new ArrayList<>();
        for (var word : typed.entrySet()) {
            if (iterator.seekExact(new BytesRef(word.getKey())) && !matched.contains(word.getValue())) {
                matched.add(word.getValue());
            }
        }
        return matched;
    }

    private static Document toLucene(KnowledgeDocument source) {
        Document document = new Document();
        document.add(new StringField(ID, source.id().toString(), Field.Store.YES));
        document.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        String head = KnowledgeAnalysis.normalise(source.head());
        document.add(new TextField(HEAD, head, Field.Store.NO));
        document.add(new Field(ALL, head + "\n" + KnowledgeAnalysis.normalise(source.text()), ALL_TYPE));
        if (source.category() != null) {
            document.add(new StringField(CATEGORY, source.category(), Field.Store.YES));
        }
        document.add(new StringField(LANGUAGE, source.language() == null ? "" : source.language(), Field.Store.YES));
        source.models().forEach(model -> document.add(new StringField(MODEL,
                KnowledgeAnalysis.normalise(model).strip(), Field.Store.YES)));
        source.componentKinds().forEach(kind -> document.add(new StringField(COMPONENT, kind, Field.Store.YES)));
        document.add(new StringField(REVIEWED, source.reviewed() ? "yes" : "no", Field.Store.YES));
        document.add(new StringField(SUMMARY, source.resolvedWithSummary() ? "yes" : "no", Field.Store.YES));
        document.add(new StoredField(WHEN, source.happenedAtMillis()));
        document.add(new StoredField(CLOCK, source.clock()));
        return document;
    }

    private static FieldType allType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
