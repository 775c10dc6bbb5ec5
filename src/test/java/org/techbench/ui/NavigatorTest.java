package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techbench.domain.asset.AssetKind;
import org.techbench.ui.assets.AssetListPlace;
import org.techbench.ui.assets.AssetPlace;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.dashboard.DashboardPlace;
import org.techbench.ui.sync.SyncPlace;

class NavigatorTest {

    private final Navigator navigator = new Navigator();
    private final List<Place> shown = new ArrayList<>();
    private final UUID asset = UUID.fromString("0191d6e4-0000-7000-8000-000000000001");

    NavigatorTest() {
        navigator.attach(shown::add);
    }

    @Test
    void backAndForwardRetraceThePlacesSeen() {
        navigator.goTo(new DashboardPlace());
        navigator.goTo(new AssetListPlace(null, AssetKind.SERVER));
        navigator.goTo(new AssetPlace(asset));

        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current().get()).isEqualTo(new AssetListPlace(null, AssetKind.SERVER));
        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current().get()).isEqualTo(new DashboardPlace());
        assertThat(navigator.back()).isFalse();
        assertThat(navigator.forward()).isTrue();
        assertThat(navigator.forward()).isTrue();
        assertThat(navigator.current().get()).isEqualTo(new AssetPlace(asset));
        assertThat(navigator.forward()).isFalse();
    }

    @Test
    void goingSomewhereNewForgetsTheWayForward() {
        navigator.goTo(new DashboardPlace());
        navigator.goTo(new SyncPlace());
        navigator.back();
        navigator.goTo(AssetListPlace.all());

        assertThat(navigator.canGoForward().get()).isFalse();
        navigator.back();
        assertThat(navigator.current().get()).isEqualTo(new DashboardPlace());
    }

    @Test
    void openingThePlaceShownAddsNoStepToTheHistory() {
        navigator.goTo(new DashboardPlace());
        navigator.goTo(new DashboardPlace());

        assertThat(navigator.canGoBack().get()).isFalse();
        assertThat(shown).hasSize(2);
    }

    @Test
    void aScreenThatRefinesItsPlaceIsReturnedToWithTheRefinement() {
        navigator.goTo(AssetListPlace.all());
        navigator.replace(new AssetListPlace(null, AssetKind.PRINTER));
        navigator.goTo(new AssetPlace(asset));
        navigator.back();

        assertThat(shown.getLast()).isEqualTo(new AssetListPlace(null, AssetKind.PRINTER));
    }

    @Test
    void screensBuiltAnewReopenTheSamePlaceWithTheSameHistory() {
        navigator.goTo(new DashboardPlace());
        navigator.goTo(new AssetPlace(asset, AssetPlace.Tab.PARTS, null));
        List<Place> shownByTheNewScreens = new ArrayList<>();

        navigator.attach(shownByTheNewScreens::add);
        navigator.reopen();

        assertThat(shownByTheNewScreens).containsExactly(new AssetPlace(asset, AssetPlace.Tab.PARTS, null));
        assertThat(navigator.back()).isTrue();
        assertThat(shownByTheNewScreens.getLast()).isEqualTo(new DashboardPlace());
    }
}
