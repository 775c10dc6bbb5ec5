package org.techbench.service.knowledge;

import java.util.List;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.knowledge.ArticleRevision;

/** An article as the Knowledge screen shows it: how often it helped, the faults it solved, its earlier versions. */
public record ArticleDetail(Article article, int helped, List<Fault> faultsSolved,
                            List<ArticleRevision> revisions) {
}
