package io.github.ateraintercom.orchestrator.verification;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.common.verification.VerificationFinished;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationPlanned;
import io.github.ateraintercom.common.verification.VerificationSerde;
import io.github.ateraintercom.orchestrator.progress.RunMessages;
import io.github.ateraintercom.orchestrator.report.RunDirectory;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Reads what the loaders tell of verifications: the records each order reads back, what each holds,
 * and the end of an order, which moves a verifying run to VERIFIED when every record holds what was
 * written, else to COMPLETED_WITH_DIFFERENCES, saying how many records differ, are missing or could not
 * be compared (or that the order could not be carried out at all). Only the latest order counts. One
 * transaction per batch.
 */
@ApplicationScoped
public class VerificationConsumer {

    private static final Logger LOG = Logger.getLogger(VerificationConsumer.class);

    private final VerifiedRecords records;
    private final RunMessages messages;
    private final RunDirectory directory;

    VerificationConsumer(VerifiedRecords records, RunMessages messages, RunDirectory directory) {
        this.records = records;
        this.messages = messages;
        this.directory = directory;
    }

    @Incoming(Topics.VERIFICATION)
    @Blocking
    @Transactional
    public void onVerification(List<byte[]> batch) {
        messages.forEach(Topics.VERIFICATION, batch, VerificationSerde::decode, VerificationMessage::runId, this::accept);
    }

    private void accept(VerificationMessage message) {
        if (message instanceof RecordVerified record) {
            records.record(record);
            return;
        }
        Run run = Run.findById(message.runId(), LockModeType.PESSIMISTIC_WRITE);
        if (message instanceof VerificationPlanned planned && planned.order() == run.verificationOrder) {
            run.verificationPlanned = planned.records();
            run.verificationTotal = planned.total();
        } else if (message instanceof VerificationFinished finished && finished.order() == run.verificationOrder
                && run.state == RunState.VERIFYING) {
            end(run, finished.failure());
        }
    }

    private void end(Run run, String failure) {
        Map<Outcome, Long> counts = records.counts(run.id, run.verificationOrder);
        long verified = counts.get(Outcome.VERIFIED);
        long different = counts.values().stream().mapToLong(Long::longValue).sum() - verified;
        if (failure != null) {
            run.failure = "verification " + run.verificationOrder + " could not be carried out: " + failure;
        } else if (different > 0) {
            run.failure = counts.get(Outcome.MISMATCHED) + " mismatched, " + counts.get(Outcome.MISSING) + " missing and "
                    + counts.get(Outcome.NOT_VERIFIABLE) + " not verifiable of " + (verified + different)
                    + " records read back: see the verification report";
        } else {
            run.failure = null;
        }
        run.moveTo(failure == null && different == 0 ? RunState.VERIFIED : RunState.COMPLETED_WITH_DIFFERENCES);
        LOG.infof("run %s: %s", run.id, run.state);
        directory.write(run);
    }
}
