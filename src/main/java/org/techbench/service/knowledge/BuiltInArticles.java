package org.techbench.service.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.knowledge.Article;

/**
 * The articles that come with TechBench, read from {@code knowledge/articles.yaml}: each topic in
 * English and Simplified Chinese, with ids made from the topic's code so that every laptop names
 * them alike. They are not stored: a team's edit of one is, and then stands in its place.
 */
public final class BuiltInArticles {

    public static final String RESOURCE = "/knowledge/articles.yaml";
    /** Who wrote them, and reviewed them: the service manual itself. */
    public static final String AUTHOR = "TechBench";

    private final Map<UUID, Article> articles;
    private final Map<UUID, String> codes;

    private BuiltInArticles(Map<UUID, Article> articles, Map<UUID, String> codes) {
        this.articles = articles;
        this.codes = codes;
    }

    public static BuiltInArticles load() {
        try (InputStream in = BuiltInArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            List<Topic> topics = new ObjectMapper(new YAMLFactory()).readValue(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), new TypeReference<>() { });
            Map<UUID, Article> articles = new LinkedHashMap<>();
            Map<UUID, String> codes = new LinkedHashMap<>();
            for (Topic topic : topics) {
                for (var text : Map.of("en", topic.en(), "zh", topic.zh()).entrySet()) {
                    Article article = topic.article(text.getKey(), text.getValue());
                    articles.put(article.id(), article);
                    codes.put(article.id(), topic.code());
                }
            }
            return new BuiltInArticles(Map.copyOf(articles), Map.copyOf(codes));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in knowledge library cannot be read", e);
        }
    }

    /** The id of a topic's article in a language ({@code en} or {@code zh}). */
    public static UUID idOf(String code, String language) {
        return UUID.nameUUIDFromBytes(("techbench-article:" + code + ":" + language).getBytes(StandardCharsets.UTF_8));
    }

    public List<Article> all() {
        return new ArrayList<>(articles.values());
    }

    public Article find(UUID id) {
        return articles.get(id);
    }

    public boolean contains(UUID id) {
        return articles.containsKey(id);
    }

    /** The topic's code of a built-in article (null for any other). */
    public String codeOf(UUID id) {
        return codes.get(id);
    }

    /** A stand-in for the row clock of a built-in article: its text, so a new library's text is indexed anew. */
    public static long clockOf(Article article) {
        return Integer.toUnsignedLong((article.title() + article.symptom() + article.cause() + article.body()).hashCode());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Topic(String code, FaultCategory category, FaultSubcategory subcategory, List<String> components,
                 Text en, Text zh) {

        Article article(String language, Text text) {
            if (text == null || text.solution() == null || text.solution().isEmpty()) {
                throw new IllegalStateException("Built-in article " + code + " has no " + language + " solution");
            }
            return new Article(idOf(code, language), null, text.title(), String.join("\n", text.solution()), category,
                    subcategory, null, code, text.symptom(), text.cause(), language, "",
                    String.join(",", components == null ? List.of() : components), AUTHOR, 1, AUTHOR, null);
        }
    }

    record Text(String title, String symptom, String cause, List<String> solution) {
    }
}
