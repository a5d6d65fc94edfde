package io.github.ateraintercom.extractor.control;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.discovery.DiscoveryRun;
import io.github.ateraintercom.extractor.export.ExportExtraction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Carries out the orchestrator's orders: a run's extraction, or the discovery of its source. An
 * order is acknowledged only once it is done, so an extractor that dies mid-way does it again on
 * restart (downstream stages are idempotent per record).
 */
@ApplicationScoped
public class ControlConsumer {

    private static final Logger LOG = Logger.getLogger(ControlConsumer.class);

    private final ExportExtraction extraction;
    private final DiscoveryRun discovery;

    ControlConsumer(ExportExtraction extraction, DiscoveryRun discovery) {
        this.extraction = extraction;
        this.discovery = discovery;
    }

    @Incoming(Topics.CONTROL)
    @Blocking
    public void onControl(byte[] value) {
        Optional<ControlMessage> message = ControlSerde.decode(value);
        if (message.isEmpty()) {
            LOG.warnf("ignored an unreadable control message of %d bytes", value == null ? 0 : value.length);
        } else if (message.get() instanceof RunStarted run) {
            extraction.extract(run);
        } else if (message.get() instanceof DiscoveryRequested request) {
            discovery.discover(request);
        }
    }
}
