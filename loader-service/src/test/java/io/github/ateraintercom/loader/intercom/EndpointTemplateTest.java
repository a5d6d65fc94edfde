package io.github.ateraintercom.loader.intercom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointTemplateTest {

    @Test
    void idsAndQueriesLeaveTheEndpointSoItsSeriesStayFew() {
        assertThat(EndpointTemplate.of("/contacts/65a1f0c2e4b0a1b2c3d4e5f6/companies")).isEqualTo("/contacts/{id}/companies");
        assertThat(EndpointTemplate.of("/conversations/1234/reply")).isEqualTo("/conversations/{id}/reply");
        assertThat(EndpointTemplate.of("/data_attributes?model=company&include_archived=true")).isEqualTo("/data_attributes");
        assertThat(EndpointTemplate.of("/conversations/attributes/2b3c-44d5-9e/options")).isEqualTo("/conversations/attributes/{id}/options");
        assertThat(EndpointTemplate.of("/help_center/collections")).isEqualTo("/help_center/collections");
        assertThat(EndpointTemplate.of("/contacts/User%40Example")).isEqualTo("/contacts/{id}");
    }
}
