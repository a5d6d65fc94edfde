package io.github.ateraintercom.loader.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.verify.Expectation;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.verify.Expected;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.github.ateraintercom.loader.teammate.Teammates;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Writes each KB article as a draft Help Center article in its collection (found or created), once
 * the run's articles phase is open. Atera articles have no author: the run's fallback teammate signs
 * them, and without one the article is held. The ledger's intent comes before the create; a create
 * whose answer was lost is found again by its title in its collection.
 */
@ApplicationScoped
public class ArticleLoader {

    /** The expectation's field naming the collection an article sits in. */
    private static final String PARENT = "parent_id";

    private final CommandIntake<ArticleCommand> intake;
    private final IntercomClient intercom;
    private final Collections collections;
    private final Teammates teammates;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final Expectations expectations;
    private final Baselines baselines;

    ArticleLoader(IntercomClient intercom, Collections collections, Teammates teammates, Ledger ledger, RunTargets targets,
                  ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures,
                  Expectations expectations, Baselines baselines) {
        this.intake = new CommandIntake<>(ArticleCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.collections = collections;
        this.teammates = teammates;
        this.ledger = ledger;
        this.expectations = expectations;
        this.baselines = baselines;
        this.targets = targets;
        this.config = config;
    }

    @Incoming(Topics.INTERCOM_ARTICLES)
    @Blocking
    public CompletionStage<Void> onArticle(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<ArticleCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.ARTICLES, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        ArticleCommand article = command.payload();
        String hash = ContentHash.of(article);
        Baseline baseline = baselines.of(runId, ObjectType.KB_ARTICLE, command.sourceId());
        Optional<LedgerEntry> entry = baseline.own();
        if (baseline.done(hash).isPresent()) {
            return baseline.told(LoadResult.loaded(entry.get().intercomId, entry.get().detail), baseline.settled());
        }
        Optional<LoadResult> unwritten = baselines.unwritten(runId, ObjectType.KB_ARTICLE, command.sourceId(), baseline, hash,
                () -> baseline.changes(Expected.article(article, Expectation.parse(baseline.base().orElseThrow().expected)
                        .value(PARENT))));
        if (unwritten.isPresent()) {
            return unwritten.get();
        }
        LoadResult.Change change = baseline.change(hash);
        IntercomTarget target = resolution.target();
        try {
            if (resolution.fallbackTeammate() == null) {
                return LoadResult.held("an article needs an author: the run names no fallback teammate to sign it");
            }
            Optional<String> author = teammates.adminId(target, resolution.fallbackTeammate());
            if (author.isEmpty()) {
                return LoadResult.held("the run's fallback teammate " + resolution.fallbackTeammate()
                        + " is not a teammate of the workspace");
            }
            String collection = collections.ensure(target, article.collections());
            // a base run's article that changed is written over where it is
            String id = entry.map(known -> known.intercomId).orElse(change == LoadResult.Change.UPDATE ? baseline.baseId() : null);
            if (id == null && entry.isPresent()) {
                id = lostCreate(target, article.title(), collection).orElse(null);
            }
            if (id == null) {
                ledger.intend(runId, ObjectType.KB_ARTICLE, command.sourceId());
                id = intercom.post(target, "/articles", body(article, author.get(), collection),
                        () -> lostCreate(target, article.title(), collection).map(found -> intercom.get(target, "/articles/" + found)))
                        .path("id").asText();
            } else {
                intercom.put(target, "/articles/" + id, body(article, author.get(), collection));
            }
            if (change == LoadResult.Change.UPDATE) {
                String detail = baseline.changes(Expected.article(article, collection));
                ledger.record(runId, ObjectType.KB_ARTICLE, command.sourceId(), id, hash, LedgerEntry.Origin.UPDATED, detail);
                expectations.record(runId, ObjectType.KB_ARTICLE, command.sourceId(), Expected.article(article, collection));
                return LoadResult.loaded(id, detail).as(change);
            }
            ledger.record(runId, ObjectType.KB_ARTICLE, command.sourceId(), id, hash);
            expectations.record(runId, ObjectType.KB_ARTICLE, command.sourceId(), Expected.article(article, collection));
            return baseline.told(LoadResult.loaded(id), change);
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    private static Map<String, Object> body(ArticleCommand article, String authorId, String collection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", article.title());
        body.put("author_id", Long.parseLong(authorId));
        if (article.body() != null) {
            body.put("body", article.body());
        }
        // drafts: nothing reaches customers before someone has reviewed it in Intercom
        body.put("state", "draft");
        if (collection != null) {
            body.put("parent_id", Long.parseLong(collection));
            body.put("parent_type", "collection");
        }
        return body;
    }

    /** The article a create whose answer was lost made: the one with its title in its collection. */
    private Optional<String> lostCreate(IntercomTarget target, String title, String collection) {
        for (int page = 1; ; page++) {
            JsonNode list = intercom.get(target, "/articles?page=" + page);
            for (JsonNode article : list.path("data")) {
                String parent = article.path("parent_id").isNull() ? null : article.path("parent_id").asText(null);
                if (title.equals(article.path("title").asText()) && Objects.equals(parent, collection)) {
                    return Optional.of(article.path("id").asText());
                }
            }
            if (page >= list.path("pages").path("total_pages").asInt(1)) {
                return Optional.empty();
            }
        }
    }
}
