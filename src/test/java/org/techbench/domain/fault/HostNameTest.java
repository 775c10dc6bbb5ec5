package org.techbench.domain.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a diagnostic tool may be aimed at. */
class HostNameTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.5,              true",
        "255.255.255.255,       true",
        "256.1.1.1,             false",
        "fe80::1,               true",
        "2001:db8::8a2e:370:7334, true",
        "srv-01.corp.local,     true",
        "srv-01.corp.local.,    true",
        "localhost,             true",
        "-oProxyCommand=x,      false",
        "srv-.corp,             false",
        "under_score.example,   false",
        "'a b',                 false",
        "'a;b',                 false",
        "1.2.3,                 false",
        "'',                    false"})
    void acceptsAddressesAndHostNamesOnly(String host, boolean valid) {
        assertThat(HostName.valid(host)).isEqualTo(valid);
    }
}
