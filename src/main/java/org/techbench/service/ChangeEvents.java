package org.techbench.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces, per subject, that its data changed: a save on any screen, an import, a sync. Open
 * screens listen while they are shown and refresh themselves; nothing polls. Listeners hear it on
 * the thread that committed the change.
 */
public final class ChangeEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeEvents.class);

    private final Map<Subject, List<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Starts telling {@code listener} of changes to any of {@code subjects}; closing the result stops it. */
    public Subscription listen(Set<Subject> subjects, Runnable listener) {
        subjects.forEach(subject -> listeners.computeIfAbsent(subject, s -> new CopyOnWriteArrayList<>()).add(listener));
        return () -> subjects.forEach(subject -> listeners.get(subject).remove(listener));
    }

    /** What {@link #listen} hands back: closing it ends the listening. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Tells every listener once: after a sync round, any subject may have changed. */
    public void everything() {
        Set<String> all = new HashSet<>();
        for (Subject subject : Subject.values()) {
            all.addAll(subject.tables());
        }
        committed(all);
    }

    /**
     * Tells the listeners of every subject whose tables a committed transaction wrote, each once
     * even when it listens to several of them.
     */
    public void committed(Set<String> tables) {
        Set<Runnable> told = new HashSet<>();
        for (Subject subject : Subject.of(tables)) {
            for (Runnable listener : listeners.getOrDefault(subject, List.of())) {
                if (!told.add(listener)) {
                    continue;
                }
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A listener of {} changes failed", subject, e);
                }
            }
        }
    }
}
