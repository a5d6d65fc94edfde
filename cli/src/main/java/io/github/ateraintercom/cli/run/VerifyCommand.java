package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Orders a completed run's verification: the records it wrote are read back from Intercom (all, or
 * an even sample) and compared field by field with what was written. With --follow, one line whenever
 * the verification moved, then its report with every mismatch and missing record; exit 0 only when
 * every record read back holds what was written (VERIFIED), 1 when the run completed with differences.
 */
@Command(name = "verify", description = "Reads a completed run's records back from Intercom and compares them with what was written "
        + "(--follow: live until it is done).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ordered; with --follow: every record read back holds what was written (VERIFIED)",
                "1:with --follow: the run ended COMPLETED_WITH_DIFFERENCES (a record mismatched, missing or not verifiable, "
                        + "each in the report printed) or the order could not be carried out",
                "2:wrong usage", "3:the orchestrator refused (e.g. the run is not COMPLETED); its reason is printed",
                "4:the orchestrator did not answer"})
public final class VerifyCommand extends FollowedOrder {

    private static final String VERIFIED = "VERIFIED";

    @Option(names = "--sample", paramLabel = "N", description = "Read back only N records, spread evenly over the run's (default: every record).")
    Long sample;

    @Option(names = "--follow", description = "Show the verification's progress until it ends, then its report; exit 0 only if every record "
            + "read back holds what was written, 1 when the run completed with differences.")
    boolean follow;

    @Override
    public Integer call() {
        return answer(connection.client().verify(runId, sample), follow, "verification", VERIFIED, VerifyCommand::line);
    }

    /** One line of the run's verification, e.g. {@code Run r1: VERIFYING (order 1, sample 500), 300 of 500 records: verified 290, …}. */
    static String line(JsonNode run) {
        JsonNode verification = run.path("verification");
        StringBuilder line = new StringBuilder("Run ").append(run.path("id").asText()).append(": ").append(run.path("state").asText());
        if (verification.isMissingNode() || verification.isNull()) {
            return line.toString();
        }
        line.append(" (order ").append(verification.path("order").asInt())
                .append(verification.hasNonNull("sample") ? ", sample " + verification.path("sample").asLong() : ", every record").append(')');
        long read = verification.path("verified").asLong() + verification.path("mismatched").asLong() + verification.path("missing").asLong()
                + verification.path("notVerifiable").asLong();
        line.append(", ").append(read);
        if (verification.hasNonNull("records")) {
            line.append(" of ").append(verification.path("records").asLong());
        }
        return line.append(" records: verified ").append(verification.path("verified").asLong())
                .append(", mismatched ").append(verification.path("mismatched").asLong())
                .append(", missing ").append(verification.path("missing").asLong())
                .append(", not verifiable ").append(verification.path("notVerifiable").asLong()).toString();
    }
}
