package io.github.ateraintercom.extractor.control;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.export.ExportExtraction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Starts the extraction of each run the orchestrator creates. The control message is acknowledged
 * only once extraction has ended, so an extractor that dies mid-way extracts the run again on
 * restart (downstream stages are idempotent per record).
 */
@ApplicationScoped
public class RunStartedConsumer {

    private static final Logger LOG = Logger.getLogger(RunStartedConsumer.class);

    private final ExportExtraction extraction;

    RunStartedConsumer(ExportExtraction extraction) {
        this.extraction = extraction;
    }

    @Incoming(Topics.CONTROL)
    @Blocking
    public void onControl(byte[] value) {
        Optional<ControlMessage> message = ControlSerde.decode(value);
        if (message.isEmpty()) {
            LOG.warnf("ignored an unreadable control message of %d bytes", value == null ? 0 : value.length);
        } else if (message.get() instanceof RunStarted run) {
            extraction.extract(run);
        }
    }
}
