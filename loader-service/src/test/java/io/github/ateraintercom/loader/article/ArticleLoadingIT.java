package io.github.ateraintercom.loader.article;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** KB articles written to the sandbox's Help Center through the real broker and database. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class ArticleLoadingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Test
    void articlesAreDraftsInTheirCollectionsSignedByTheFallbackAndNeverDuplicated() {
        String runId = startRun("owner@sandbox.example");
        String category = "Remote work " + UUID.randomUUID();
        Envelope<ArticleCommand> vpn = article(runId, "601", new ArticleCommand("Connecting to the VPN", "<p>Install the client.</p>",
                List.of(category, "VPN")));
        Envelope<ArticleCommand> mfa = article(runId, "602", new ArticleCommand("Setting up MFA", "<p>Open the app.</p>",
                List.of(category, "VPN")));

        TopicWriter.envelope(Topics.INTERCOM_ARTICLES, vpn);
        TopicWriter.envelope(Topics.INTERCOM_ARTICLES, mfa);
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, Duration.ofSeconds(3))).as("the articles phase is closed").isEmpty();
        TopicWriter.control(new PhaseOpened(runId, Phase.ARTICLES));
        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        TopicWriter.envelope(Topics.INTERCOM_ARTICLES, vpn);
        List<Envelope<LoadResult>> again = TopicReader.read(Topics.RESULTS, RESULTS, runId, 3, WAIT);

        assertThat(results).extracting(result -> result.payload().status()).containsOnly(LoadResult.Status.LOADED);
        assertThat(again).hasSize(3);
        String vpnId = results.stream().filter(result -> result.sourceId().equals("601")).findFirst().orElseThrow().payload().intercomId();
        assertThat(again).filteredOn(result -> result.sourceId().equals("601"))
                .extracting(result -> result.payload().intercomId()).containsOnly(vpnId);
        JsonPath article = sandbox().get("/articles/" + vpnId).then().statusCode(200).extract().jsonPath();
        assertThat(article.getString("title")).isEqualTo("Connecting to the VPN");
        assertThat(article.getString("state")).isEqualTo("draft");
        assertThat(article.getString("author_id")).isEqualTo(adminId("owner@sandbox.example"));
        List<String> parents = article.getList("parent_ids", String.class);
        assertThat(parents).hasSize(2);
        assertThat(collectionName(parents.get(0))).isEqualTo(category);
        assertThat(collectionName(parents.get(1))).isEqualTo("VPN");
        String mfaId = results.stream().filter(result -> result.sourceId().equals("602")).findFirst().orElseThrow().payload().intercomId();
        assertThat(sandbox().get("/articles/" + mfaId).then().extract().jsonPath().getList("parent_ids", String.class))
                .as("one collection per name and parent").isEqualTo(parents);
    }

    @Test
    void articleOfARunWithoutFallbackTeammateIsHeld() {
        String runId = startRun(null);
        TopicWriter.control(new PhaseOpened(runId, Phase.ARTICLES));

        TopicWriter.envelope(Topics.INTERCOM_ARTICLES, article(runId, "603", new ArticleCommand("Printers", null, List.of())));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(Envelope::payload)
                .containsExactly(LoadResult.held("an article needs an author: the run names no fallback teammate to sign it"));
    }

    private String startRun(String fallbackTeammate) {
        return LoaderRuns.start(sandboxUrl, fallbackTeammate, null);
    }

    private static Envelope<ArticleCommand> article(String runId, String id, ArticleCommand command) {
        return Envelope.of(runId, ObjectType.KB_ARTICLE, id, new SourceRow("kb_articles.csv", Long.parseLong(id) - 599), command);
    }

    private static String collectionName(String id) {
        return sandbox().get("/help_center/collections/" + id).then().statusCode(200).extract().path("name");
    }

    private static String adminId(String email) {
        return sandbox().get("/admins").then().statusCode(200).extract().jsonPath()
                .getString("admins.find { it.email == '" + email + "' }.id");
    }

    private static RequestSpecification sandbox() {
        return given().baseUri(SandboxServer.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }
}
