package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The offline scorer of the proposal: names through a dictionary of synonyms, values through their profile. */
class NameSimilarityAndValueFitTest {

    @Test
    void theSameNameNormalisedMatchesWhollyAndSynonymsMatchTheirConcept() {
        assertThat(NameSimilarity.score("Email", "email")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("company_id", "CompanyID")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("EmailAddress", "email")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("Mail", "email")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("Domain", "website")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("CreatedOn", "created_at")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("CreatedOn", "signed_up_at")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("TicketTitle", "title")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("Custom: Subject", "title")).isEqualTo(1.0);
    }

    @Test
    void namesSharingSomeConceptsScoreBetweenAndUnrelatedNamesScoreNothing() {
        assertThat(NameSimilarity.score("TicketResolvedDate", "created_at")).isCloseTo(0.5, within(1e-9));
        assertThat(NameSimilarity.score("MobilePhone", "phone")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(NameSimilarity.score("Fax", "email")).isZero();
        assertThat(NameSimilarity.concepts("TicketCreatedDate")).containsExactly("created", "date");
        assertThat(NameSimilarity.concepts("ZipCodeStr")).containsExactly("postcode");
    }

    @Test
    void valueFitCountsTheValuesOfAKindAndSaysSoReadably() {
        ColumnProfile emails = profile("text", Map.of("email", 1202L, "text", 2L));

        ValueFit fit = ValueFit.of(emails, "email");

        assertThat(fit.fitting()).isEqualTo(1202);
        assertThat(fit.filled()).isEqualTo(1204);
        assertThat(fit.share()).isCloseTo(0.998, within(0.001));
        assertThat(fit.describe()).isEqualTo("99.8 % of 1,204 values are emails");
        assertThat(ValueFit.of(profile("date", Map.of("date", 3L, "datetime", 9L)), "date").describe())
                .isEqualTo("all 12 values are dates");
        assertThat(ValueFit.of(profile("empty", Map.of()), "integer").describe()).isEqualTo("no values to check");
        assertThat(ValueFit.of(List.of(profile("integer", Map.of("integer", 2L)), profile("decimal", Map.of("decimal", 1L))),
                "number").all()).isTrue();
    }

    @Test
    void aReportWithoutShapeCountsFitsByItsColumnType() {
        ColumnProfile old = new ColumnProfile("Email", "email", List.of(), 0.0, null, Map.of());

        assertThat(ValueFit.of(old, "email").all()).isTrue();
        assertThat(ValueFit.of(old, "date").all()).isFalse();
    }

    private static ColumnProfile profile(String type, Map<String, Long> shapes) {
        return new ColumnProfile("column", type, List.of(), 0.0, null, Map.of(), shapes);
    }
}
