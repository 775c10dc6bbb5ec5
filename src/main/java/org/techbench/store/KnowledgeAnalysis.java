package org.techbench.store;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the knowledge base cuts text into words: Chinese by smartcn's word segmentation, or by
 * overlapping character pairs; English stemmed either way. Measured against each other on the
 * labelled quality set (see docs/performance.md); the one that finds more is the default.
 */
public enum KnowledgeAnalysis {
    SMART_CHINESE, BIGRAMS;

    public static final KnowledgeAnalysis DEFAULT = SMART_CHINESE;

    Analyzer analyzer() {
        return switch (this) {
            case SMART_CHINESE -> new SmartChineseAnalyzer(stopWords());
            case BIGRAMS -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new CJKWidthFilter(source);
                    stream = new LowerCaseFilter(stream);
                    stream = new CJKBigramFilter(stream);
                    stream = new StopFilter(stream, stopWords());
                    return new TokenStreamComponents(source, new PorterStemFilter(stream));
                }
            };
        };
    }

    /** English words too common to tell symptoms apart, and smartcn's punctuation. */
    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(SmartChineseAnalyzer.getDefaultStopSet());
        words.addAll(java.util.List.of("when", "after", "very", "all", "from", "can", "cannot", "does", "do", "my",
                "our", "i", "we", "it's", "its", "is", "has", "have", "had", "get", "gets", "got", "some", "any"));
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * Text as the index sees it: full-width letters and digits made ordinary (ＰＣ is PC), case
     * folded. Both the indexed text and every query pass through here.
     */
    public static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
