package io.github.ateraintercom.transformer.article;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Turns each Atera KB article into a Help Center article command, or a reject naming the column and the reason. */
@ApplicationScoped
public class ArticleTransformer {

    private final RecordPipeline pipeline;

    ArticleTransformer(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("atera.kb_articles")
    public CompletionStage<Void> onArticle(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, RecordPipeline.eachRow((row, run) -> pipeline.publish(row, Topics.INTERCOM_ARTICLES, row.sourceId(),
                KbArticleToArticle.map(row.payload()))));
    }
}
