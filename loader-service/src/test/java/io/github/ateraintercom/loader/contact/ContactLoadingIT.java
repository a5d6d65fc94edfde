package io.github.ateraintercom.loader.contact;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RunPaused;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.loader.SandboxContacts.sandbox;
import static io.github.ateraintercom.loader.SandboxContacts.searchByEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Contact commands written to the sandbox through the real broker and database, behind their phase gate. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class ContactLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void contactWaitsForItsPhaseThenIsCreatedAndJoinsItsCompany() {
        String runId = startRun();
        String customerId = "c-" + UUID.randomUUID();
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, customerId,
                new SourceRow("customers.csv", 2), new CompanyCommand(customerId, "Initech", null, null, null)));
        String companyIntercomId = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT).get(0).payload().intercomId();
        String endUserId = "u-" + UUID.randomUUID();
        String email = endUserId + "@initech.example";

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId, new ContactBody("user", endUserId, email,
                "+1 555 0100", "Peter Gibbons", 1604325900L, Map.of("job_title", "Engineer")), customerId));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, Duration.ofSeconds(3)))
                .as("the contacts phase is closed: only the company has an outcome").hasSize(1);

        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        Envelope<LoadResult> loaded = results.stream().filter(result -> result.objectType() == ObjectType.CONTACT)
                .findFirst().orElseThrow();
        assertThat(loaded.payload().status()).isEqualTo(LoadResult.Status.LOADED);
        String contactId = loaded.payload().intercomId();
        JsonPath contact = sandbox().get("/contacts/" + contactId).then().statusCode(200).extract().jsonPath();
        assertThat(contact.getString("role")).isEqualTo("user");
        assertThat(contact.getString("external_id")).isEqualTo(endUserId);
        assertThat(contact.getString("email")).isEqualTo(email);
        assertThat(contact.getString("phone")).isEqualTo("+1 555 0100");
        assertThat(contact.getString("name")).isEqualTo("Peter Gibbons");
        assertThat(contact.getLong("signed_up_at")).isEqualTo(1604325900L);
        assertThat(contact.getMap("custom_attributes")).containsEntry("job_title", "Engineer");
        assertThat(sandbox().get("/contacts/" + contactId + "/companies").then().statusCode(200).extract().jsonPath()
                .getList("data.id", String.class)).containsExactly(companyIntercomId);
        assertThat(entry(runId, endUserId).origin).isEqualTo(LedgerEntry.Origin.CREATED);
    }

    @Test
    void contactWithoutCustomerJoinsTheOneCompanyOfItsEmailDomain() {
        String runId = startRun();
        String domain = UUID.randomUUID() + ".example";
        String shared = UUID.randomUUID() + ".example";
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, "c1", new SourceRow("customers.csv", 2),
                new CompanyCommand("c1-" + domain, "Initech", "https://www." + domain + "; " + shared, null, null)));
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, "c2", new SourceRow("customers.csv", 3),
                new CompanyCommand("c2-" + domain, "Initrode", shared, null, null)));
        List<Envelope<LoadResult>> companies = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        String initech = companies.stream().filter(result -> result.sourceId().equals("c1")).findFirst().orElseThrow()
                .payload().intercomId();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, "u-a-" + domain,
                new ContactBody("user", "u-a-" + domain, "ann@" + domain.toUpperCase(), null, null, null, null), null));
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, "u-b-" + domain,
                new ContactBody("user", "u-b-" + domain, "bob@" + shared, null, null, null, null), null));

        List<Envelope<LoadResult>> contacts = TopicReader.read(Topics.RESULTS, RESULTS, runId, 4, WAIT).stream()
                .filter(result -> result.objectType() == ObjectType.CONTACT).toList();
        assertThat(contacts).extracting(result -> result.payload().status()).containsOnly(LoadResult.Status.LOADED).hasSize(2);
        assertThat(companiesOf(entry(runId, "u-a-" + domain).intercomId)).containsExactly(initech);
        assertThat(companiesOf(entry(runId, "u-b-" + domain).intercomId)).as("a domain of two companies names none").isEmpty();
    }

    @Test
    void pausedRunWritesNothingUntilItIsResumed() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.control(new RunPaused(runId, true));
        String endUserId = "u-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId,
                new ContactBody("user", endUserId, endUserId + "@acme.example", null, null, null, null), null));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, Duration.ofSeconds(3))).as("paused").isEmpty();
        assertThat(searchByEmail(endUserId + "@acme.example")).isEmpty();
        TopicWriter.control(new RunPaused(runId, false));
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(result -> result.payload().status())
                .containsExactly(LoadResult.Status.LOADED);
        assertThat(searchByEmail(endUserId + "@acme.example")).hasSize(1);
    }

    @Test
    void contactThatAlreadyExistsIsAdoptedNotDuplicated() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String email = "adopt-" + UUID.randomUUID() + "@acme.example";
        String existingId = sandbox().contentType(ContentType.JSON).body(Map.of("role", "user", "email", email))
                .post("/contacts").then().statusCode(200).extract().path("id");
        String endUserId = "u-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId,
                new ContactBody("user", endUserId, email, null, "Ann Lee", null, null), null));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT);
        assertThat(results).extracting(Envelope::payload).containsExactly(LoadResult.loaded(existingId));
        assertThat(entry(runId, endUserId).origin).as("rollback must leave it alone").isEqualTo(LedgerEntry.Origin.ADOPTED);
        assertThat(searchByEmail(email)).containsExactly(existingId);
    }

    @Test
    void createWhoseAnswerWasLostIsRecognisedAsTheRunsOwnOnRetry() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String endUserId = "u-" + UUID.randomUUID();
        String email = endUserId + "@acme.example";
        // the state a crash leaves behind: intent recorded, contact created, answer never recorded
        ledger.intend(runId, ObjectType.CONTACT, endUserId);
        String createdBefore = sandbox().contentType(ContentType.JSON)
                .body(Map.of("role", "user", "email", email, "external_id", endUserId))
                .post("/contacts").then().statusCode(200).extract().path("id");

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId,
                new ContactBody("user", endUserId, email, null, null, null, null), null));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(Envelope::payload)
                .containsExactly(LoadResult.loaded(createdBefore));
        assertThat(entry(runId, endUserId).origin).isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(searchByEmail(email)).containsExactly(createdBefore);
    }

    @Test
    void contactWhoseCompanyIsNotInIntercomIsHeldWithTheReason() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String endUserId = "u-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId,
                new ContactBody("lead", endUserId, null, null, "Nobody", null, null), "rejected-customer"));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(Envelope::payload)
                .containsExactly(LoadResult.held("its company, CustomerID rejected-customer, is not in Intercom: "
                        + "that customer was rejected, failed or held"));
        assertThat(ledger.find(runId, ObjectType.CONTACT, endUserId)).isEmpty();
    }

    private String startRun() {
        return LoaderRuns.start(sandboxUrl);
    }

    private LedgerEntry entry(String runId, String endUserId) {
        return ledger.find(runId, ObjectType.CONTACT, endUserId).orElseThrow();
    }

    private static Envelope<ContactCommand> contact(String runId, String endUserId, ContactBody body, String customerId) {
        return Envelope.of(runId, ObjectType.CONTACT, endUserId, new SourceRow("contacts.csv", 2), new ContactCommand(body, customerId));
    }

    private static List<String> companiesOf(String contactId) {
        return sandbox().get("/contacts/" + contactId + "/companies").then().statusCode(200).extract().jsonPath()
                .getList("data.id", String.class);
    }
}
