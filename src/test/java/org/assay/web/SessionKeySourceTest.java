package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionKeySourceTest {

    @Test
    void theConfiguredKeyIsUsed() {
        var source = new SessionKeySource("operator-chosen-key-0123456789abcdef");

        assertThat(source.getValue(SessionKeySource.PROPERTY)).isEqualTo("operator-chosen-key-0123456789abcdef");
    }

    @Test
    void withoutAKeyEachStartMakesItsOwnStrongKey() {
        var first = new SessionKeySource(" ").getValue(SessionKeySource.PROPERTY);
        var second = new SessionKeySource(null).getValue(SessionKeySource.PROPERTY);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(second);
    }

    @Test
    void itAnswersOnlyForTheSessionKey() {
        assertThat(new SessionKeySource(null).getValue("quarkus.http.port")).isNull();
    }
}
