package io.github.ateraintercom.common.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Services of different versions share migration.control: each must read the other's RunStarted. */
class RunStartedStaysReadableAcrossVersionsTest {

    @Test
    void messageWithoutSourceFieldsIsAnExportDirectoryRun() {
        byte[] before = """
                {"type":"run-started","runId":"r1","sourceDirectory":"/exports/acme","accountTimeZone":"UTC",
                 "targetBaseUrl":"https://api.intercom.io","tokenSecret":"INTERCOM_TOKEN"}""".getBytes(StandardCharsets.UTF_8);

        assertThat(ControlSerde.decode(before)).contains(
                new RunStarted("r1", "/exports/acme", "UTC", "https://api.intercom.io", "INTERCOM_TOKEN"));
    }

    @Test
    void ateraApiRunSurvivesTheRoundTrip() {
        RunStarted sent = new RunStarted("r2", null, "Europe/Paris", "https://api.intercom.io", "INTERCOM_TOKEN",
                SourceKind.ATERA_API, "https://app.atera.com/api/v3", "ATERA_API_KEY", "2025-01-01", "owner@acme.example",
                new MappingChoices(Map.of("Waiting customer", "snoozed"), MappingChoices.QUEUE));

        String json = new String(ControlSerde.encode(sent), StandardCharsets.UTF_8);

        assertThat(json).contains("\"sourceKind\":\"atera-api\"").doesNotContain("sourceDirectory");
        assertThat(ControlSerde.decode(json.getBytes(StandardCharsets.UTF_8))).contains(sent);
    }

    @Test
    void discoveryOrderWithoutSourceFieldsReadsAnExportDirectoryAndAnApiOrderSurvivesTheRoundTrip() {
        byte[] before = """
                {"type":"discovery-requested","runId":"r5","sourceDirectory":"/exports/acme","accountTimeZone":"UTC"}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ControlSerde.decode(before)).contains(new DiscoveryRequested("r5", "/exports/acme", "UTC"));

        DiscoveryRequested api = new DiscoveryRequested("r6", null, "Europe/Paris", SourceKind.ATERA_API,
                "https://app.atera.com/api/v3", "ATERA_API_KEY", null);
        String json = new String(ControlSerde.encode(api), StandardCharsets.UTF_8);
        assertThat(json).contains("\"sourceKind\":\"atera-api\"", "\"ateraKeySecret\":\"ATERA_API_KEY\"")
                .doesNotContain("sourceDirectory", "modifiedSince");
        assertThat(ControlSerde.decode(json.getBytes(StandardCharsets.UTF_8))).contains(api);
    }

    @Test
    void exportDirectoryRunStillCarriesEveryFieldAnOlderServiceReads() {
        String json = new String(ControlSerde.encode(
                new RunStarted("r3", "/exports/acme", "UTC", "https://api.intercom.io", "INTERCOM_TOKEN")), StandardCharsets.UTF_8);

        assertThat(json).contains("\"runId\":\"r3\"", "\"sourceDirectory\":\"/exports/acme\"", "\"accountTimeZone\":\"UTC\"",
                "\"targetBaseUrl\":\"https://api.intercom.io\"", "\"tokenSecret\":\"INTERCOM_TOKEN\"",
                "\"sourceKind\":\"export-directory\"");
    }

    @Test
    void mappingWithoutTheInactiveTechniciansChoiceMatchesThemByEmailAndTheChoiceSurvivesTheRoundTrip() {
        byte[] before = """
                {"type":"run-started","runId":"r4","sourceDirectory":"/exports/acme","accountTimeZone":"UTC",
                 "targetBaseUrl":"https://api.intercom.io","tokenSecret":"INTERCOM_TOKEN",
                 "mapping":{"version":2,"contactsWithoutEmail":"queue"}}""".getBytes(StandardCharsets.UTF_8);

        MappingChoices old = ((RunStarted) ControlSerde.decode(before).orElseThrow()).mapping();
        assertThat(old.inactiveTechnicians()).isEqualTo(MappingChoices.MATCH);
        assertThat(old.sendsInactiveTechniciansToFallback()).isFalse();

        RunStarted sent = new RunStarted("r4", "/exports/acme", "UTC", "https://api.intercom.io", "INTERCOM_TOKEN",
                SourceKind.EXPORT_DIRECTORY, null, null, null, "owner@acme.example",
                new MappingChoices(2, null, null, null, null, null, MappingChoices.FALLBACK));
        RunStarted read = (RunStarted) ControlSerde.decode(ControlSerde.encode(sent)).orElseThrow();
        assertThat(read).isEqualTo(sent);
        assertThat(read.mapping().sendsInactiveTechniciansToFallback()).isTrue();
    }

    @Test
    void teammateResolutionSurvivesTheRoundTripUnderAKeyOfItsOwnPerTechnician() {
        TeammateResolved toAdmin = new TeammateResolved("r5", "303", "991267402");
        TeammateResolved toFallback = new TeammateResolved("r5", "304", null);

        assertThat(ControlSerde.decode(ControlSerde.encode(toAdmin))).contains(toAdmin);
        assertThat(ControlSerde.decode(ControlSerde.encode(toFallback))).contains(toFallback);
        assertThat(toFallback.toFallback()).isTrue();
        assertThat(toAdmin.toFallback()).isFalse();
        assertThat(toAdmin.key()).isEqualTo("r5/teammate/303").isNotEqualTo(toFallback.key());
        assertThat(new String(ControlSerde.encode(toAdmin), StandardCharsets.UTF_8)).contains("\"type\":\"teammate-resolved\"")
                .doesNotContain("toFallback");
    }
}
