package io.github.ateraintercom.transformer.mapping;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AteraDatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void valuesWithAnOffsetOrZIgnoreTheAccountZone() {
        assertThat(AteraDates.unixSeconds("CreatedOn", "2021-03-14T09:30:00Z", PARIS)).isEqualTo(1615714200L);
        assertThat(AteraDates.unixSeconds("CreatedOn", "2022-06-01T08:00:00+02:00", ZoneOffset.UTC)).isEqualTo(1654063200L);
        assertThat(AteraDates.unixSeconds("CreatedOn", "2019-08-20T16:45:30.250Z", PARIS)).isEqualTo(1566319530L);
    }

    @Test
    void valuesWithoutAnOffsetAreInTheAccountZone() {
        assertThat(AteraDates.unixSeconds("CreatedOn", "2020-11-02T14:05:00", ZoneOffset.UTC)).isEqualTo(1604325900L);
        // Paris is UTC+1 in November
        assertThat(AteraDates.unixSeconds("CreatedOn", "2020-11-02T14:05:00", PARIS)).isEqualTo(1604325900L - 3600);
        assertThat(AteraDates.unixSeconds("CreatedOn", "2018-02-28", ZoneOffset.UTC)).isEqualTo(1519776000L);
    }

    @Test
    void legacyMillisecondFormIsRead() {
        assertThat(AteraDates.unixSeconds("CreatedOn", "/Date(1615714200123)/", PARIS)).isEqualTo(1615714200L);
        assertThat(AteraDates.unixSeconds("CreatedOn", "/Date(1615714200000+0100)/", PARIS)).isEqualTo(1615714200L);
    }

    @Test
    void impossibleDateIsRefusedNamingTheColumnAndValue() {
        assertThatThrownBy(() -> AteraDates.unixSeconds("CreatedOn", "2021-13-45T25:61:00Z", ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.refusal())
                        .isEqualTo(new MappingResult.Refused<>("invalid-date", "CreatedOn",
                                "CreatedOn '2021-13-45T25:61:00Z' is not an ISO-8601 date-time")));
    }
}
