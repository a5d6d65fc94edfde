package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.verification.VerifiedRecords;
import io.github.ateraintercom.orchestrator.verification.VerifiedRecords.VerifiedRecord;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What a run's latest verification found: per Atera object how many records read back were verified,
 * mismatched, missing or not verifiable, then every field that differs (expected, actual; an empty
 * expected is what Intercom holds and the run never wrote, an empty actual what Intercom lacks) and
 * every record missing from Intercom or not verifiable, with its reason.
 */
@Singleton
class VerificationReport implements RunReport {

    private final VerifiedRecords records;

    VerificationReport(VerifiedRecords records) {
        this.records = records;
    }

    @Override
    public String name() {
        return "verification";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# Verification of run ").append(run.id).append("\n\n");
        if (run.verificationOrder == 0) {
            return out.append("No verification was ordered.\n").toString();
        }
        Map<Outcome, Long> counts = records.counts(run.id, run.verificationOrder);
        out.append("State: ").append(run.state).append(" (order ").append(run.verificationOrder)
                .append(run.verificationSample == null ? ", every record" : ", sample of " + run.verificationSample).append("). Read back ")
                .append(counts.values().stream().mapToLong(Long::longValue).sum())
                .append(run.verificationPlanned == null ? "" : " of " + run.verificationPlanned).append(" records")
                .append(run.verificationTotal == null ? "" : " (of " + run.verificationTotal + " the run wrote)")
                .append(": verified ").append(counts.get(Outcome.VERIFIED)).append(", mismatched ").append(counts.get(Outcome.MISMATCHED))
                .append(", missing ").append(counts.get(Outcome.MISSING)).append(", not verifiable ").append(counts.get(Outcome.NOT_VERIFIABLE))
                .append(".\n");
        if (run.failure != null) {
            out.append("\nFailure: ").append(run.failure).append("\n");
        }
        ReportTable byObject = new ReportTable("object", "verified", "mismatched", "missing", "not verifiable");
        records.countsByObject(run.id, run.verificationOrder).forEach((object, outcomes) -> byObject.row(object,
                outcomes.get(Outcome.VERIFIED), outcomes.get(Outcome.MISMATCHED), outcomes.get(Outcome.MISSING), outcomes.get(Outcome.NOT_VERIFIABLE)));
        List<VerifiedRecord> all = records.all(run.id, run.verificationOrder);
        ReportTable mismatches = new ReportTable("object", "source id", "Intercom object", "Intercom id", "field", "expected", "actual");
        ReportTable unread = new ReportTable("object", "source id", "Intercom object", "Intercom id", "outcome", "reason");
        forEachProblem(all, (record, difference) -> {
            if (difference != null) {
                mismatches.row(record.objectType(), record.sourceId(), record.kind(), record.intercomId(), difference.field(),
                        difference.expected(), difference.actual());
            } else {
                unread.row(record.objectType(), record.sourceId(), record.kind(), record.intercomId(), outcome(record.outcome()), record.reason());
            }
        });
        return out.append("\n## Per object\n\n").append(byObject.markdown("No record read back yet."))
                .append("\n## Mismatches\n\n").append(mismatches.markdown())
                .append("\n## Missing or not verifiable\n\n").append(unread.markdown()).toString();
    }

    /** One line per field that differs, and one per record missing or not verifiable; verified records are only counted. */
    @Override
    public Optional<String> csv(Run run) {
        ReportTable table = new ReportTable("outcome", "object", "source_id", "intercom_object", "intercom_id", "field",
                "expected", "actual", "reason");
        forEachProblem(records.all(run.id, run.verificationOrder), (record, difference) -> table.row(outcome(record.outcome()),
                record.objectType(), record.sourceId(), record.kind(), record.intercomId(), difference == null ? null : difference.field(),
                difference == null ? null : difference.expected(), difference == null ? null : difference.actual(), record.reason()));
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        List<VerifiedRecord> unverified = records.all(run.id, run.verificationOrder).stream()
                .filter(record -> record.outcome() != Outcome.VERIFIED).toList();
        return Optional.of(new Json(run.state.name(), run.verificationOrder, run.verificationSample, run.verificationPlanned,
                run.verificationTotal, records.counts(run.id, run.verificationOrder), records.countsByObject(run.id, run.verificationOrder),
                unverified));
    }

    /** Each field that differs (with its record), then, for a record missing or not verifiable, the record alone (no difference). */
    private static void forEachProblem(List<VerifiedRecord> records, BiConsumer<VerifiedRecord, Difference> problem) {
        for (VerifiedRecord record : records) {
            record.differences().forEach(difference -> problem.accept(record, difference));
            if (record.outcome() == Outcome.MISSING || record.outcome() == Outcome.NOT_VERIFIABLE) {
                problem.accept(record, null);
            }
        }
    }

    private static String outcome(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The report for tools: the state, the latest order and its sample, the records it reads back of
     * how many, the count of each outcome overall and per object, and every record not verified.
     */
    record Json(String state, int order, Long sample, Long records, Long total, Map<Outcome, Long> counts,
                Map<String, Map<Outcome, Long>> objects, List<VerifiedRecord> unverified) {
    }
}
