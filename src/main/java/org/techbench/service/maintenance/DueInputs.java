package org.techbench.service.maintenance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.store.MaintenanceRepository;

/**
 * What the due list is worked out from, kept in memory between asks: the assets in service, the
 * checklists in use and when each check was last done. Each is read again only after a change to
 * its tables was announced, so asking again with nothing changed costs no query.
 */
final class DueInputs {

    private final MaintenanceRepository repository;
    private List<MaintenanceRepository.DueAsset> assets;
    private List<ChecklistTemplate> templates;
    private LastDoneIndex index;
    private String indexedFingerprint;
    /** Set by any change to the maintenance tables; most are answers, which leave the index as it is. */
    private boolean inspectionsMayHaveFinished = true;

    DueInputs(MaintenanceRepository repository, ChangeEvents changes) {
        this.repository = repository;
        changes.listen(EnumSet.of(Subject.ASSETS, Subject.SITES), this::assetsChanged);
        changes.listen(EnumSet.of(Subject.MAINTENANCE), this::maintenanceChanged);
    }

    synchronized List<MaintenanceRepository.DueAsset> assets() {
        if (assets == null) {
            assets = List.copyOf(repository.assetsInService());
        }
        return assets;
    }

    synchronized List<ChecklistTemplate> templates() {
        if (templates == null) {
            templates = List.copyOf(repository.latestTemplates());
        }
        return templates;
    }

    /** The index, rebuilt when finished inspections came or changed other than by {@link #finishedHere}. */
    synchronized LastDoneIndex lastDone() {
        if (index == null || inspectionsMayHaveFinished) {
            String fingerprint = repository.finishedFingerprint();
            if (index == null || !fingerprint.equals(indexedFingerprint)) {
                indexedFingerprint = fingerprint;
                index = LastDoneIndex.build(repository);
            }
        }
        inspectionsMayHaveFinished = false;
        return index;
    }

    /**
     * Notes an inspection finished on this laptop in the index as it stands, rather than reading a
     * year of results again: only when the index was current before and exactly one more finished
     * inspection is all that changed since (anything else, say a sync in between, rebuilds it).
     */
    synchronized void finishedHere(String templateCode, UUID assetId, Iterable<String> itemKeys, LocalDate on,
                                   String fingerprintBefore) {
        String now = repository.finishedFingerprint();
        if (index == null || !fingerprintBefore.equals(indexedFingerprint) || count(now) != count(fingerprintBefore) + 1) {
            return;
        }
        itemKeys.forEach(key -> index.record(assetId, templateCode, key, on));
        indexedFingerprint = now;
        inspectionsMayHaveFinished = false;
    }

    private static long count(String fingerprint) {
        return Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
    }

    synchronized String fingerprint() {
        return repository.finishedFingerprint();
    }

    private synchronized void assetsChanged() {
        assets = null;
    }

    private synchronized void maintenanceChanged() {
        templates = null;
        inspectionsMayHaveFinished = true;
    }
}
