package org.techbench.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.knowledge.MatchReason;
import org.techbench.domain.people.Role;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.KnowledgeDocument;
import org.techbench.sync.hub.MovableClock;

/** The knowledge base's articles, search and suggestions on a real store and index. */
class KnowledgeServiceTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    Workbench workbench;
    KnowledgeService knowledge;
    PastFaults past;

    @BeforeEach
    void open() {
        workbench = Workbench.open(new DataFolder(folder), clock, "tester");
        knowledge = workbench.knowledge();
        past = new PastFaults(workbench);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Fault labelPrinterFault() {
        return past.resolved(FaultSubcategory.DAMAGED_DEVICE, "Zebra ZD420 prints blank labels", "Print head worn",
                "Cleaned the print head\nSet darkness to 15", "Clean the head every roll");
    }

    @Test
    void aResolvedFaultBecomesADraftArticleWithItsSummary() {
        Fault fault = labelPrinterFault();

        Article draft = knowledge.draftFrom(fault.id());

        assertThat(draft.id()).isNull();
        assertThat(draft.sourceFaultId()).isEqualTo(fault.id());
        assertThat(draft.symptom()).isEqualTo("Zebra ZD420 prints blank labels");
        assertThat(draft.cause()).isEqualTo("Print head worn");
        assertThat(draft.steps()).containsExactly("Cleaned the print head", "Set darkness to 15",
                "Prevention: Clean the head every roll");
    }

    @Test
    void aFaultStillOpenCannotBecomeAnArticle() {
        Fault open = past.reported(FaultSubcategory.DISK, "Disk light stays on");

        assertThatThrownBy(() -> knowledge.draftFrom(open.id())).isInstanceOf(RefusedException.class)
                .hasMessageContaining("is not resolved yet");
    }

    @Test
    void anArticleWithoutASolutionIsRefusedAndNothingIsSaved() {
        Article draft = knowledge.draftFrom(labelPrinterFault().id());
        Article empty = new Article(null, null, draft.title(), " \n ", draft.category(), draft.subcategory(),
                draft.sourceFaultId(), null, draft.symptom(), draft.cause(), "en", "", "", "tester", 1, null, null);

        assertThatThrownBy(() -> knowledge.save(empty)).isInstanceOf(RefusedException.class)
                .hasMessage("An article needs a solution: write at least one step.");
        assertThat(knowledge.articles(ArticleFilter.NONE)).noneMatch(a -> a.title().equals(draft.title()));
    }

    @Test
    void editingAnArticleKeepsTheVersionItReplaces() {
        Article saved = knowledge.save(knowledge.draftFrom(labelPrinterFault().id()));
        clock.advance(Duration.ofHours(1));

        Article edited = knowledge.save(saved.edited(saved.title(), saved.symptom(), saved.cause(),
                saved.body() + "\nCalibrate the media", "tester", null));

        assertThat(edited.version()).isEqualTo(2);
        ArticleDetail detail = knowledge.detail(saved.id());
        assertThat(detail.article().steps()).endsWith("Calibrate the media");
        assertThat(detail.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.version()).isEqualTo(1);
            assertThat(revision.body()).doesNotContain("Calibrate");
        });
        assertThat(detail.faultsSolved()).extracting(Fault::symptom).containsExactly("Zebra ZD420 prints blank labels");
    }

    @Test
    void editingABuiltInArticleStoresTheTeamsVersionInItsPlace() {
        Article builtIn = knowledge.find(BuiltInArticles.idOf("net-ip-conflict", "en"));

        knowledge.save(builtIn.edited(builtIn.title(), builtIn.symptom(), builtIn.cause(),
                builtIn.body() + "\nCheck the printer's static address first", "tester", null));

        ArticleDetail detail = knowledge.detail(builtIn.id());
        assertThat(detail.article().version()).isEqualTo(2);
        assertThat(detail.article().steps()).endsWith("Check the printer's static address first");
        assertThat(detail.revisions()).extracting(r -> r.version()).containsExactly(1);
    }

    @Test
    void onlyASupportManagerMarksAnArticleReviewed() {
        Article saved = knowledge.save(knowledge.draftFrom(labelPrinterFault().id()));

        assertThatThrownBy(() -> knowledge.review(saved.id())).isInstanceOf(RefusedException.class)
                .hasMessage("Only a support manager can mark an article reviewed.");
        workbench.technicians().changeRole(Role.SUPPORT_MANAGER);
        knowledge.review(saved.id());

        assertThat(knowledge.find(saved.id()).reviewedBy()).isEqualTo("tester");
    }

    @Test
    void applyingAnArticleWritesItsStepsIntoTheJournalAndCountsTheHelp() {
        Fault fault = past.reported(FaultSubcategory.CONFIGURATION, "IP address conflict on the reception PC");
        var article = BuiltInArticles.idOf("net-ip-conflict", "en");

        FaultEvent entry = knowledge.apply(fault.id(), article);

        assertThat(entry.kind()).isEqualTo(FaultEventKind.ACTION);
        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::body).anySatisfy(body -> {
            assertThat(body).startsWith("To try, from the article \"IP address conflict\":\n1. Find both devices");
            assertThat(body).contains("\n4. Record the address plan");
        });
        assertThat(knowledge.detail(article).helped()).isEqualTo(1);
        assertThat(knowledge.detail(article).faultsSolved()).extracting(Fault::id).containsExactly(fault.id());
    }

    @Test
    void anArticleThatHelpedBeforeRanksAboveAnEqualOne() {
        Article first = knowledge.save(knowledge.draftFrom(labelPrinterFault().id()));
        Article second = knowledge.save(knowledge.draftFrom(labelPrinterFault().id()));
        knowledge.apply(past.reported(FaultSubcategory.DAMAGED_DEVICE, "Blank labels again").id(), second.id());
        knowledge.catchUp(Progress.NONE);

        List<KnowledgeResult> results = knowledge.search("zebra blank labels",
                new ArticleFilter(KnowledgeDocument.Kind.ARTICLE, null, null, null, false), 5).results();

        assertThat(results).extracting(KnowledgeResult::id).startsWith(second.id(), first.id());
        assertThat(results.getFirst().reasons()).contains(MatchReason.HELPED);
        assertThat(results.getFirst().helped()).isEqualTo(1);
    }

    @Test
    void anEmptyQueryIsRefusedWithAMessage() {
        assertThatThrownBy(() -> knowledge.search("   ", ArticleFilter.NONE, 10)).isInstanceOf(RefusedException.class)
                .hasMessage("Type what to look for: a symptom, an error message, a model.");
    }

    @Test
    void aQueryOfOnlyPunctuationIsRefusedWithAMessage() {
        assertThatThrownBy(() -> knowledge.search("?!… —— ，。", ArticleFilter.NONE, 10))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Nothing to search for in that: type words, not only punctuation.");
    }

    @Test
    void aTenThousandCharacterPasteIsSearchedByItsFirstWordsAndSaysSo() {
        knowledge.catchUp(Progress.NONE);
        String paste = "blue screen stop code after driver update " + "0x0000007E at ntoskrnl.exe ".repeat(400);

        KnowledgeAnswer answer = knowledge.search(paste.substring(0, 10_000), ArticleFilter.NONE, 5);

        assertThat(answer.shortened()).isTrue();
        assertThat(knowledge.builtInCode(answer.results().getFirst().id())).isEqualTo("sw-blue-screen");
    }

    @Test
    void suggestionsRankAPastFaultOnTheSameModelFirstAndSayWhy() {
        var dell = past.asset("KB1-PC-1", "Dell", "OptiPlex 7090");
        var hp = past.asset("KB1-PC-2", "HP", "EliteDesk 800");
        var anotherDell = past.asset("KB1-PC-3", "Dell", "OptiPlex 7090");
        Fault onHp = past.resolved(hp.id(), FaultSubcategory.COOLING, "Fan rattles loudly at start-up",
                "Fan bearing worn", "Replaced the fan", "Clean dust every quarter");
        Fault onDell = past.resolved(dell.id(), FaultSubcategory.COOLING, "Fan rattles loudly at start-up",
                "Fan cable touching the blades", "Re-routed the fan cable", "Tie cables back");
        knowledge.catchUp(Progress.NONE);

        List<KnowledgeResult> suggestions = knowledge.suggest(new SuggestionContext("fan rattles at start-up",
                anotherDell.id(), FaultSubcategory.COOLING, null));

        assertThat(suggestions).extracting(KnowledgeResult::id).startsWith(onDell.id(), onHp.id());
        assertThat(suggestions.getFirst().reasons()).contains(MatchReason.SAME_MODEL, MatchReason.RESOLVED_WITH_SUMMARY);
        assertThat(suggestions.getFirst().matchedWords()).contains("fan", "rattles");
    }

    @Test
    void chineseSymptomsSuggestTheChineseArticleOfATopic() {
        knowledge.catchUp(Progress.NONE);

        List<KnowledgeResult> suggestions = knowledge.suggest(new SuggestionContext("电脑蓝屏后自动重启", null, null, null));

        assertThat(suggestions.getFirst().id()).isEqualTo(BuiltInArticles.idOf("sw-blue-screen", "zh"));
        assertThat(suggestions).extracting(KnowledgeResult::id)
                .doesNotContain(BuiltInArticles.idOf("sw-blue-screen", "en"));
    }

    @Test
    void aNewFaultIsFoundWithinASecondWithoutAskingTheIndex() throws Exception {
        knowledge.follow(workbench.changes());
        knowledge.catchUp(Progress.NONE);
        Fault fault = past.reported(FaultSubcategory.APPLICATION, "Barcode scanner types garbage into the ERP");

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        boolean found = false;
        while (!found && System.nanoTime() < deadline) {
            found = knowledge.search("barcode garbage", ArticleFilter.NONE, 5).results().stream()
                    .anyMatch(r -> r.id().equals(fault.id()));
        }

        assertThat(found).as("found within a second").isTrue();
    }

    @Test
    void anArticleSavedHereIsSearchableInTheOtherCategoryFilterOnlyWhereItBelongs() {
        Article saved = knowledge.save(knowledge.draftFrom(labelPrinterFault().id()));
        knowledge.catchUp(Progress.NONE);

        assertThat(knowledge.search("zebra labels", new ArticleFilter(KnowledgeDocument.Kind.ARTICLE,
                FaultCategory.HARDWARE, null, null, false), 5).results()).extracting(KnowledgeResult::id)
                .contains(saved.id());
        assertThat(knowledge.search("zebra labels", new ArticleFilter(KnowledgeDocument.Kind.ARTICLE,
                FaultCategory.NETWORK, null, null, false), 5).results()).extracting(KnowledgeResult::id)
                .doesNotContain(saved.id());
    }
}
