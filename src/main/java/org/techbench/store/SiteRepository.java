package org.techbench.store;

import static org.techbench.schema.Tables.CONTRACT;
import static org.techbench.schema.Tables.SITE;
import static org.techbench.schema.Tables.SITE_CONTACT;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteContact;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.Tables;
import org.techbench.schema.tables.records.ContractRecord;
import org.techbench.schema.tables.records.SiteContactRecord;
import org.techbench.schema.tables.records.SiteRecord;

/** Customer sites and their service contracts. */
public final class SiteRepository {

    private final Store store;

    public SiteRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Site site) {
        tx.insert(toRecord(site));
        tx.audit("create", SITE.getName(), site.id(), site.id(), "Site " + site.code() + " " + site.name());
    }

    public void insertAll(CapturingTransaction tx, List<Site> sites) {
        tx.insert(sites.stream().map(SiteRepository::toRecord).toList());
    }

    public void update(CapturingTransaction tx, Site site) {
        List<String> changed = tx.updateFrom(toRecord(site));
        if (!changed.isEmpty()) {
            tx.audit("update", SITE.getName(), site.id(), site.id(), "Site " + site.code() + ": " + String.join(", ", changed));
        }
    }

    public void insertContract(CapturingTransaction tx, Contract contract) {
        tx.insert(toRecord(contract));
        tx.audit("create", CONTRACT.getName(), contract.id(), contract.siteId(), "Contract " + contract.number());
    }

    public void insertContracts(CapturingTransaction tx, List<Contract> contracts) {
        tx.insert(contracts.stream().map(SiteRepository::toRecord).toList());
    }

    public void updateContract(CapturingTransaction tx, Contract contract) {
        List<String> changed = tx.updateFrom(toRecord(contract));
        if (!changed.isEmpty()) {
            tx.audit("update", CONTRACT.getName(), contract.id(), contract.siteId(),
                    "Contract " + contract.number() + ": " + String.join(", ", changed));
        }
    }

    public void archiveContract(CapturingTransaction tx, Contract contract) {
        tx.update(CONTRACT, contract.id(), Map.of(CONTRACT.ARCHIVED, true));
        tx.audit("archive", CONTRACT.getName(), contract.id(), contract.siteId(), "Contract " + contract.number());
    }

    public List<SiteContact> contacts(UUID siteId) {
        return store.dsl().selectFrom(SITE_CONTACT).where(SITE_CONTACT.SITE_ID.eq(siteId))
                .and(SITE_CONTACT.ARCHIVED.isFalse()).orderBy(SITE_CONTACT.NAME)
                .fetch(r -> new SiteContact(r.getId(), r.getSiteId(), r.getName(), r.getRole(), r.getPhone(), r.getEmail()));
    }

    /** Creates the contact or, when its id exists, writes its changes. */
    public void saveContact(CapturingTransaction tx, SiteContact contact) {
        var record = new SiteContactRecord();
        record.setId(contact.id());
        record.setSiteId(contact.siteId());
        record.setName(contact.name());
        record.setRole(contact.role());
        record.setPhone(contact.phone());
        record.setEmail(contact.email());
        record.setArchived(false);
        boolean exists = store.dsl().fetchExists(SITE_CONTACT, SITE_CONTACT.ID.eq(contact.id()));
        if (exists) {
            List<String> changed = tx.updateFrom(record);
            if (!changed.isEmpty()) {
                tx.audit("update", SITE_CONTACT.getName(), contact.id(), contact.siteId(),
                        "Contact " + contact.name() + ": " + String.join(", ", changed));
            }
        } else {
            tx.insert(record);
            tx.audit("create", SITE_CONTACT.getName(), contact.id(), contact.siteId(), "Contact " + contact.name());
        }
    }

    public void archiveContact(CapturingTransaction tx, SiteContact contact) {
        tx.update(SITE_CONTACT, contact.id(), Map.of(SITE_CONTACT.ARCHIVED, true));
        tx.audit("archive", SITE_CONTACT.getName(), contact.id(), contact.siteId(), "Contact " + contact.name());
    }

    public Optional<Contract> findContract(UUID id) {
        return store.dsl().selectFrom(CONTRACT).where(CONTRACT.ID.eq(id)).fetchOptional(SiteRepository::toContract);
    }

    public Optional<Site> findByCode(String code) {
        return store.dsl().selectFrom(SITE).where(DSL.lower(SITE.CODE).eq(code.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(SiteRepository::toSite);
    }

    /** How many assets (not archived) each site has. */
    public Map<UUID, Integer> assetCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        store.dsl().select(Tables.ASSET.SITE_ID, DSL.count())
                .from(Tables.ASSET)
                .where(Tables.ASSET.ARCHIVED.isFalse())
                .groupBy(Tables.ASSET.SITE_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public Optional<Site> find(UUID id) {
        return store.dsl().selectFrom(SITE).where(SITE.ID.eq(id)).fetchOptional(SiteRepository::toSite);
    }

    public List<Site> all() {
        return store.dsl().selectFrom(SITE).where(SITE.ARCHIVED.isFalse()).orderBy(SITE.CODE).fetch(SiteRepository::toSite);
    }

    /** Every site, archived ones included (an archived site's assets still export with its code). */
    public List<Site> everySite() {
        return store.dsl().selectFrom(SITE).orderBy(SITE.CODE).fetch(SiteRepository::toSite);
    }

    public List<Contract> contracts(UUID siteId) {
        return store.dsl().selectFrom(CONTRACT).where(CONTRACT.SITE_ID.eq(siteId)).and(CONTRACT.ARCHIVED.isFalse())
                .orderBy(CONTRACT.STARTS_ON.desc()).fetch(SiteRepository::toContract);
    }

    static SiteRecord toRecord(Site s) {
        SiteRecord r = new SiteRecord();
        r.setId(s.id());
        r.setSiteId(s.id());
        r.setCode(s.code());
        r.setName(s.name());
        r.setAddress(s.address());
        r.setTimeZone(s.timeZone().getId());
        r.setContactName(s.contactName());
        r.setContactPhone(s.contactPhone());
        r.setContactEmail(s.contactEmail());
        r.setArchived(s.archived());
        return r;
    }

    static Site toSite(SiteRecord r) {
        return new Site(r.getId(), r.getCode(), r.getName(), r.getAddress(), ZoneId.of(r.getTimeZone()),
                r.getContactName(), r.getContactPhone(), r.getContactEmail(), r.getArchived());
    }

    static ContractRecord toRecord(Contract c) {
        ContractRecord r = new ContractRecord();
        r.setId(c.id());
        r.setSiteId(c.siteId());
        r.setNumber(c.number());
        r.setStartsOn(c.startsOn());
        r.setEndsOn(c.endsOn());
        r.setFreeSupportMonths(c.freeSupportMonths());
        r.setP1ResponseMinutes(minutes(c.target(Priority.P1).response()));
        r.setP1ResolutionMinutes(minutes(c.target(Priority.P1).resolution()));
        r.setP2ResponseMinutes(minutes(c.target(Priority.P2).response()));
        r.setP2ResolutionMinutes(minutes(c.target(Priority.P2).resolution()));
        r.setP3ResponseMinutes(minutes(c.target(Priority.P3).response()));
        r.setP3ResolutionMinutes(minutes(c.target(Priority.P3).resolution()));
        r.setP4ResponseMinutes(minutes(c.target(Priority.P4).response()));
        r.setP4ResolutionMinutes(minutes(c.target(Priority.P4).resolution()));
        r.setArchived(false);
        return r;
    }

    static Contract toContract(ContractRecord r) {
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.P1, target(r.getP1ResponseMinutes(), r.getP1ResolutionMinutes()));
        targets.put(Priority.P2, target(r.getP2ResponseMinutes(), r.getP2ResolutionMinutes()));
        targets.put(Priority.P3, target(r.getP3ResponseMinutes(), r.getP3ResolutionMinutes()));
        targets.put(Priority.P4, target(r.getP4ResponseMinutes(), r.getP4ResolutionMinutes()));
        return new Contract(r.getId(), r.getSiteId(), r.getNumber(), r.getStartsOn(), r.getEndsOn(),
                r.getFreeSupportMonths(), targets);
    }

    private static ServiceTarget target(int responseMinutes, int resolutionMinutes) {
        return new ServiceTarget(Duration.ofMinutes(responseMinutes), Duration.ofMinutes(resolutionMinutes));
    }

    private static int minutes(Duration duration) {
        return Math.toIntExact(duration.toMinutes());
    }
}
