package org.techbench.service.site;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteContact;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.RefusedException;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;

/** Customer sites and their service contracts: listing, creating, editing, archiving. */
public final class SiteService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Store store;
    private final SiteRepository sites;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public SiteService(Store store, SiteRepository sites, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.sites = sites;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** The sites in use (archived ones left out), by code. */
    public List<Site> active() {
        return sites.all();
    }

    /** Every site, archived ones included, by code. */
    public List<Site> all() {
        return sites.everySite();
    }

    public Map<UUID, Integer> assetCounts() {
        return sites.assetCounts();
    }

    public List<Contract> contracts(UUID siteId) {
        return sites.contracts(siteId);
    }

    /** The problems saving this site would meet, by field name (code, name, timeZone, contactEmail). */
    public List<SiteProblem> check(Site site) {
        List<SiteProblem> problems = new ArrayList<>();
        if (site.code() == null || site.code().isBlank()) {
            problems.add(new SiteProblem("code", SiteProblem.Code.REQUIRED));
        } else if (site.code().strip().length() > 40) {
            problems.add(new SiteProblem("code", SiteProblem.Code.TOO_LONG));
        } else {
            sites.findByCode(site.code()).filter(other -> !other.id().equals(site.id()))
                    .ifPresent(other -> problems.add(new SiteProblem("code", SiteProblem.Code.TAKEN)));
        }
        if (site.name() == null || site.name().isBlank()) {
            problems.add(new SiteProblem("name", SiteProblem.Code.REQUIRED));
        }
        if (site.contactEmail() != null && !site.contactEmail().isBlank()
                && !EMAIL.matcher(site.contactEmail().strip()).matches()) {
            problems.add(new SiteProblem("contactEmail", SiteProblem.Code.NOT_AN_EMAIL));
        }
        return problems;
    }

    /** Creates the site (null id) or saves changes to it. */
    public Site save(Site draft) {
        Site site = new Site(draft.id() == null ? Ids.next() : draft.id(), strip(draft.code()), strip(draft.name()),
                blankToNull(draft.address()), draft.timeZone() == null ? ZoneId.systemDefault() : draft.timeZone(),
                blankToNull(draft.contactName()), blankToNull(draft.contactPhone()), blankToNull(draft.contactEmail()),
                draft.archived());
        return store.write(technician.get(), tx -> {
            List<SiteProblem> problems = check(site);
            if (!problems.isEmpty()) {
                throw new RefusedException(refusals.get(), "refusal.siteNotSaved", problems);
            }
            if (sites.find(site.id()).isPresent()) {
                sites.update(tx, site);
            } else {
                sites.insert(tx, site);
            }
            return site;
        });
    }

    public Site setArchived(Site site, boolean archived) {
        Site changed = new Site(site.id(), site.code(), site.name(), site.address(), site.timeZone(), site.contactName(),
                site.contactPhone(), site.contactEmail(), archived);
        store.write(technician.get(), tx -> {
            sites.update(tx, changed);
            return null;
        });
        return changed;
    }

    /** Creates the contract (null id) or saves changes to it; the record itself checks dates and targets. */
    public Contract saveContract(Contract draft) {
        if (draft.number() == null || draft.number().isBlank()) {
            throw new RefusedException(refusals.get(), "refusal.contractNumberRequired");
        }
        if (draft.freeSupportMonths() < 0) {
            throw new RefusedException(refusals.get(), "refusal.freeSupportNegative");
        }
        Contract contract = draft.id() == null ? new Contract(Ids.next(), draft.siteId(), draft.number().strip(),
                draft.startsOn(), draft.endsOn(), draft.freeSupportMonths(), draft.targets()) : draft;
        return store.write(technician.get(), tx -> {
            if (sites.findContract(contract.id()).isPresent()) {
                sites.updateContract(tx, contract);
            } else {
                sites.insertContract(tx, contract);
            }
            return contract;
        });
    }

    public void archiveContract(Contract contract) {
        store.write(technician.get(), tx -> {
            sites.archiveContract(tx, contract);
            return null;
        });
    }

    public List<SiteContact> contacts(UUID siteId) {
        return sites.contacts(siteId);
    }

    /** Creates the contact (null id) or saves changes to it; a contact needs a name, an e-mail must look like one. */
    public SiteContact saveContact(SiteContact draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new RefusedException(refusals.get(), "refusal.contactNameRequired");
        }
        if (draft.email() != null && !draft.email().isBlank() && !EMAIL.matcher(draft.email().strip()).matches()) {
            throw new RefusedException(refusals.get(), "refusal.notAnEmail", draft.email().strip());
        }
        SiteContact contact = new SiteContact(draft.id() == null ? Ids.next() : draft.id(), draft.siteId(),
                draft.name().strip(), blankToNull(draft.role()), blankToNull(draft.phone()), blankToNull(draft.email()));
        store.write(technician.get(), tx -> {
            sites.saveContact(tx, contact);
            return null;
        });
        return contact;
    }

    public void removeContact(SiteContact contact) {
        store.write(technician.get(), tx -> {
            sites.archiveContact(tx, contact);
            return null;
        });
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
