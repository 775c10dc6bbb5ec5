package org.techbench.service.procedure;

import org.techbench.domain.procedure.RunEffect;
import org.techbench.i18n.Texts;

/** A finished run's change to its asset, in the window's words (the runner's and the run record's). */
public final class EffectWords {

    private EffectWords() {
    }

    public static String of(RunEffect effect, Texts messages) {
        return switch (effect) {
            case RunEffect.SoftwareInstalled installed ->
                    messages.get("procedures.effect.installed", installed.name(), blank(installed.version()));
            case RunEffect.SoftwareUpdated updated ->
                    messages.get("procedures.effect.updated", updated.name(), blank(updated.version()));
            case RunEffect.SoftwareRemoved removed -> messages.get("procedures.effect.removed", removed.name());
            case RunEffect.PartReplaced part -> messages.get("procedures.effect.part",
                    messages.get("part." + part.kind().name()), blank(part.model()), blank(part.serial()));
        };
    }

    private static String blank(String text) {
        return text == null ? "—" : text;
    }
}
