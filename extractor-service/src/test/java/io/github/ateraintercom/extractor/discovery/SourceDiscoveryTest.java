package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.CustomField;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class SourceDiscoveryTest {

    private final DiscoveryReport report = new SourceDiscovery(new CsvFileReader(10_000)).discover(export(), ZoneOffset.UTC);

    @Test
    void everyFileIsCountedAndRmmFilesAreOnlyCounted() {
        assertThat(report.files()).extracting(FileProfile::file, FileProfile::rows).containsExactly(
                tuple("customers.csv", 4L),
                tuple("contacts.csv", 4L),
                tuple("technicians.csv", 1L),
                tuple("tickets.csv", 6L),
                tuple("notes-from-admin.csv", 0L));
        assertThat(report.excludedRows()).isEqualTo(Map.of("agents.csv", 3L, "alerts.csv", 1L));
        assertThat(report.missingRequiredFiles()).isEmpty();
        assertThat(report.files().get(4).problem()).isEqualTo("not part of the export layout: ignored");
    }

    @Test
    void columnTypesAreInferredFromTheirValues() {
        assertThat(column("customers.csv", "CustomerID").type()).isEqualTo("integer");
        assertThat(column("customers.csv", "Domain").type()).isEqualTo("text");
        assertThat(column("customers.csv", "CreatedOn").type()).isEqualTo("datetime");
        assertThat(column("customers.csv", "CreatedOn").formats()).containsExactlyInAnyOrder(
                "ISO-8601 with offset", "ISO-8601 without offset (account time zone)", "ISO-8601 date");
        assertThat(column("contacts.csv", "Email").type()).isEqualTo("email");
        assertThat(column("contacts.csv", "Email").nullRatio()).isCloseTo(0.5, within(1e-9));
        assertThat(column("contacts.csv", "IsContactPerson").type()).isEqualTo("boolean");
        assertThat(column("tickets.csv", "FirstComment").type()).isEqualTo("html");
        ColumnProfile status = column("tickets.csv", "TicketStatus");
        assertThat(status.type()).isEqualTo("enumeration");
        assertThat(status.values()).isEqualTo(Map.of("Closed", 1L, "Open", 3L, "Pending", 1L, "Resolved", 1L));
    }

    @Test
    void customFieldsAreListedPerFile() {
        assertThat(report.customFields()).isEqualTo(Map.of("customers.csv", List.of("Contract Tier", "Region")));
    }

    @Test
    void customFieldDefinitionsComeWithTheProfileOfTheirValues() {
        DiscoveryReport withDefinitions = new SourceDiscovery(new CsvFileReader(10_000))
                .discover(resource("/discovery-custom-fields"), ZoneOffset.UTC);

        assertThat(withDefinitions.customFieldDefinitions()).extracting(CustomField::objectType, CustomField::fieldName,
                CustomField::fieldType, CustomField::options, CustomField::required).containsExactly(
                tuple("Customer", "Contract Tier", "Dropdown", List.of("Gold", "Silver", "Bronze"), true),
                tuple("Customer", "Services", "MultiSelect", List.of("Backup", "Email", "Network"), false),
                tuple("Ticket", "Billable", "Checkbox", List.of(), false),
                tuple("Contact", "Seats", null, List.of(), false));
        CustomField tier = withDefinitions.customFieldDefinitions().get(0);
        assertThat(tier.values().values()).as("values matched in any case of the field name")
                .isEqualTo(Map.of("Gold", 1L, "Silver", 1L));
        assertThat(withDefinitions.customFieldDefinitions().get(1).values().values()).as("a multi-select, option by option")
                .isEqualTo(Map.of("Backup", 1L, "Email", 1L, "Network", 1L));
        assertThat(withDefinitions.customFieldDefinitions().get(2).values().type()).isEqualTo("boolean");
        assertThat(withDefinitions.customFieldDefinitions().get(3).values().shapes()).isEqualTo(Map.of("integer", 1L));
        ColumnProfile region = withDefinitions.files().get(0).columns().get(2);
        assertThat(region.values()).as("a custom column lists its few values whatever its type")
                .isEqualTo(Map.of("North", 1L, "South", 1L));
    }

    @Test
    void crossFileFindingsShapeTheMapping() {
        assertThat(report.contactsWithoutEmail()).isEqualTo(2);
        // 502's requester is no contact; matching ignores case (GRACE@ vs grace@)
        assertThat(report.ticketsWithUnknownRequester()).isEqualTo(1);
        assertThat(report.techniciansMissingFromRoster()).containsExactly("101", "102");
        assertThat(report.ticketDates()).isEqualTo(new DiscoveryReport.DateRange("2023-04-01T09:00:00Z", "2024-02-29T00:00:00Z"));
    }

    @Test
    void creationDatesOfCustomersAndTicketsAreRangedAndAFileWithoutThemHasNone() {
        assertThat(report.createdDates()).as("contacts.csv has no CreatedOn column").isEqualTo(Map.of(
                "customers.csv", new DiscoveryReport.DateRange("2019-08-20T00:00:00Z", "2021-12-31T22:00:00Z"),
                "tickets.csv", new DiscoveryReport.DateRange("2023-04-01T09:00:00Z", "2024-02-29T00:00:00Z")));
    }

    @Test
    void everyTagAndCollectionTheDataNamesIsListedOnceSpelledAsTheTransformerSpellsIt() {
        DiscoveryReport names = new SourceDiscovery(new CsvFileReader(10_000)).discover(resource("/discovery-schema-names"), ZoneOffset.UTC);

        assertThat(names.tags()).as("once whatever the case, the first spelling kept, per file").isEqualTo(Map.of(
                "tags.csv", List.of("law-firm", "key contact"),
                "tickets.csv", List.of("printer", "Front Desk", "backup")));
        assertThat(names.collections()).as("each path once, a subcategory without a category at the top")
                .containsExactly(List.of("Remote work", "VPN"), List.of("Hardware"), List.of("Misc"));
    }

    @Test
    void missingRequiredFilesAreReportedNotFatal() {
        DiscoveryReport partial = new SourceDiscovery(new CsvFileReader(10_000))
                .discover(resource("/csv-corpus/duplicate-id"), ZoneOffset.UTC);

        assertThat(partial.missingRequiredFiles()).containsExactly("contacts.csv", "tickets.csv");
        assertThat(partial.files()).extracting(FileProfile::file).containsExactly("customers.csv");
    }

    private ColumnProfile column(String file, String name) {
        return report.files().stream().filter(profile -> profile.file().equals(file)).findFirst().orElseThrow()
                .columns().stream().filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path export() {
        return resource("/discovery-export");
    }

    private static Path resource(String name) {
        try {
            return Path.of(SourceDiscoveryTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
