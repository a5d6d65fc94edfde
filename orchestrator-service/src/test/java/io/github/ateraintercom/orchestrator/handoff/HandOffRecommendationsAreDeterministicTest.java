package io.github.ateraintercom.orchestrator.handoff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the hand-off reports tell an admin to set up follows fixed rules, whatever the run. */
class HandOffRecommendationsAreDeterministicTest {

    @Test
    void slaTargetsAreSpokenInDaysHoursAndMinutes() {
        assertThat(Minutes.spoken("15")).isEqualTo("15m");
        assertThat(Minutes.spoken("90")).isEqualTo("1h 30m");
        assertThat(Minutes.spoken("2880")).isEqualTo("2d");
        assertThat(Minutes.spoken("4800")).isEqualTo("3d 8h");
        assertThat(Minutes.spoken("0")).isEqualTo("0m");
        assertThat(Minutes.spoken(null)).isEqualTo("not set");
        assertThat(Minutes.spoken("soon")).isEqualTo("'soon' is not a number of minutes: set it by hand");
    }

    @Test
    void eachRuleKindHasItsIntercomEquivalentAndAnUnknownKindIsReviewedByHand() {
        assertThat(AutomationEquivalents.of("TicketRule").intercom()).isEqualTo("Workflows");
        assertThat(AutomationEquivalents.of("ticket rule")).isEqualTo(AutomationEquivalents.TICKET_RULE);
        assertThat(AutomationEquivalents.of("SLA_Escalation")).isEqualTo(AutomationEquivalents.SLA_ESCALATION);
        assertThat(AutomationEquivalents.of("AlertPolicy")).isEqualTo(AutomationEquivalents.ALERT_POLICY);
        assertThat(AutomationEquivalents.of("Webhook")).isEqualTo(AutomationEquivalents.OTHER);
        assertThat(AutomationEquivalents.of(null)).isEqualTo(AutomationEquivalents.OTHER);
    }
}
