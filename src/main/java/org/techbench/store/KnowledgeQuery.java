package org.techbench.store;

/**
 * What to look for in the knowledge index: the words, and filters that are left open when null
 * ({@code kind} ARTICLE or FAULT, a category name, a model as "make model", a language code, reviewed
 * articles only).
 */
public record KnowledgeQuery(String text, KnowledgeDocument.Kind kind, String category, String model, String language,
                             boolean reviewedOnly, int limit) {

    public static KnowledgeQuery words(String text, int limit) {
        return new KnowledgeQuery(text, null, null, null, null, false, limit);
    }
}
