package org.techbench.ui.faults;

import java.util.UUID;
import java.util.function.Consumer;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.ui.knowledge.SuggestionsModel;

/**
 * What the Faults screen takes from the knowledge base: suggestions for the report form and for
 * the open fault, opening a suggested article or past fault, and writing an article from a fault.
 */
record KnowledgeLinks(SuggestionsModel forReport, SuggestionsModel forDetail, Consumer<KnowledgeResult> open,
                      Consumer<UUID> writeArticle) {
}
