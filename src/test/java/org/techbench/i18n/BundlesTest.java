package org.techbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.TimelineKind;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.service.asset.ProblemCode;
import org.techbench.store.StoreProblem;

/** Every bundle says the same things in English and Chinese, and has every key the code names. */
class BundlesTest {

    @ParameterizedTest
    @EnumSource(Texts.Bundle.class)
    void englishAndChineseHaveTheSameKeysWithTheSameArguments(Texts.Bundle bundle) {
        assertThat(Bundles.differences(bundle.baseName().substring("i18n.".length()))).isEmpty();
    }

    @Test
    void everyKeyTheWindowNamesIsInBothLanguages() {
        Set<String> named = Bundles.keysNamedInCode(Pattern.compile("get\\(\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\""),
                "org/techbench/ui");
        assertThat(named).hasSizeGreaterThan(150);
        assertThat(missingFromEitherLanguage("messages", named)).isEmpty();
    }

    @Test
    void everyWordTheWindowBuildsFromAValueIsInBothLanguages() {
        Set<String> built = new TreeSet<>();
        for (AssetKind kind : AssetKind.values()) {
            built.add("kind." + kind.name());
            built.add("assetKind." + kind.name());
        }
        for (AssetStatus status : AssetStatus.values()) {
            built.add("assetStatus." + status.name());
        }
        for (ComponentKind kind : ComponentKind.values()) {
            built.add("part." + kind.name());
        }
        for (WarrantyState state : WarrantyState.values()) {
            built.add("warranty." + state.name());
        }
        for (TimelineKind kind : TimelineKind.values()) {
            built.add("timeline." + kind.name());
        }
        for (FaultStatus status : FaultStatus.values()) {
            built.add("status." + status.name());
        }
        for (StoreProblem problem : StoreProblem.values()) {
            built.add("problem." + problem.name());
        }
        for (ProblemCode code : ProblemCode.values()) {
            built.add("problem.code." + code.name());
        }
        assertThat(missingFromEitherLanguage("messages", built)).isEmpty();
    }

    @Test
    void everyRefusalTheCodeNamesHasItsWords() {
        var named = Bundles.keysNamedInCode(Pattern.compile("\"((?:refusal|file)\\.[A-Za-z]+)\""), "org/techbench");
        assertThat(named).hasSizeGreaterThan(20);
        assertThat(missingFromEitherLanguage("refusals", named)).isEmpty();
    }

    @Test
    void everySyncMessageTheCodeNamesHasItsWords() {
        var named = Bundles.keysNamedInCode(Pattern.compile("\"((?:hub|refused|laptop)\\.[A-Za-z]+)\""), "org/techbench");
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(missingFromEitherLanguage("sync", named)).isEmpty();
    }

    @Test
    void noWordLosesASingleApostropheToMessageFormat() {
        Set<String> swallowed = new TreeSet<>();
        for (String bundle : new String[] {"messages", "refusals", "reports", "sync"}) {
            for (String file : new String[] {bundle + ".properties", bundle + "_zh_CN.properties"}) {
                Bundles.load(file).forEach((key, value) -> {
                    // MessageFormat reads a lone ' as the start of a quote and drops it: "A site's" prints "A sites".
                    if (value.toString().replace("''", "").contains("'")) {
                        swallowed.add(file + ": " + key);
                    }
                });
            }
        }
        assertThat(swallowed).isEmpty();
    }

    private static Set<String> missingFromEitherLanguage(String bundle, Set<String> keys) {
        Properties english = Bundles.load(bundle + ".properties");
        Properties chinese = Bundles.load(bundle + "_zh_CN.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!english.containsKey(key) || !chinese.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
    }
}
