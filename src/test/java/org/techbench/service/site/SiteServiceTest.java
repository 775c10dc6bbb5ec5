package org.techbench.service.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteContact;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

class SiteServiceTest {

    @TempDir
    Path folder;
    final AtomicReference<Locale> language = new AtomicReference<>(Locale.ENGLISH);
    Workbench workbench;
    SiteService sites;
    Site site;

    @BeforeEach
    void open() {
        workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester", backups -> { }, language::get);
        sites = workbench.sites();
        site = sites.save(new Site(null, "H1", "Harbour depot", "3 Quay", ZoneId.of("Asia/Shanghai"), "Chen Jing",
                "+86 10 1234", "chen@example.cn", false));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aSiteHasMoreContactPeopleThanItsMainContact() {
        SiteContact guard = sites.saveContact(new SiteContact(null, site.id(), "Liu Yang", "Night guard", "+86 139", null));
        sites.saveContact(new SiteContact(null, site.id(), "Anna Berg", "Facilities", null, "anna@example.com"));
        assertThat(sites.contacts(site.id())).extracting(SiteContact::name).containsExactly("Anna Berg", "Liu Yang");
        sites.removeContact(guard);
        assertThat(sites.contacts(site.id())).extracting(SiteContact::name).containsExactly("Anna Berg");
        assertThat(workbench.auditOf(guard.id())).extracting(e -> e.action()).containsExactly("create", "archive");
    }

    @Test
    void aContactsEmailMustLookLikeOne() {
        assertThatThrownBy(() -> sites.saveContact(new SiteContact(null, site.id(), "X", null, null, "not-mail")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not an e-mail address");
        assertThat(sites.contacts(site.id())).isEmpty();
    }

    @Test
    void aRefusalIsWordedInTheWindowsLanguageEvenAfterItChanges() {
        var badMail = new SiteContact(null, site.id(), "X", null, null, "not-mail");
        language.set(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> sites.saveContact(badMail)).hasMessage("not-mail 不是电子邮件地址。");
        language.set(Locale.ENGLISH);
        assertThatThrownBy(() -> sites.saveContact(badMail)).hasMessage("not-mail is not an e-mail address.");
    }

    @Test
    void archivedSitesLeaveTheActiveListButStayInTheFullOne() {
        sites.setArchived(site, true);
        assertThat(sites.active()).isEmpty();
        assertThat(sites.all()).extracting(Site::code).containsExactly("H1");
    }

    @Test
    void aContractKeepsItsTargetsPerPriorityAndCanBeEdited() {
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(p, new ServiceTarget(Duration.ofMinutes(30L << p.ordinal()), Duration.ofHours(4L << p.ordinal())));
        }
        Contract saved = sites.saveContract(new Contract(null, site.id(), "C-9", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 3, targets));
        sites.saveContract(new Contract(saved.id(), site.id(), "C-9", saved.startsOn(), LocalDate.of(2027, 6, 30), 6, targets));
        assertThat(sites.contracts(site.id())).singleElement().satisfies(c -> {
            assertThat(c.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(c.target(Priority.P1).response()).isEqualTo(Duration.ofMinutes(30));
            assertThat(c.covers(LocalDate.of(2027, 12, 1))).isTrue();
        });
    }

    @Test
    void aSiteCodeIsUniqueAmongSites() {
        Site copy = new Site(null, "h1", "Another", null, ZoneId.of("UTC"), null, null, null, false);
        assertThat(sites.check(copy)).extracting(SiteProblem::code).containsExactly(SiteProblem.Code.TAKEN);
    }
}
