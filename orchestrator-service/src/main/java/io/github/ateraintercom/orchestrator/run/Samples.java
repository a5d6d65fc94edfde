package io.github.ateraintercom.orchestrator.run;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The samples of a run awaiting confirmation: how one is made, which is unfinished, which were kept. */
public final class Samples {

    /** Records of each object a sample holds when the operator names no size. */
    public static final int DEFAULT_SIZE = 25;

    /** What a kept sample's state is: it completed, verified or not, and was not rolled back. */
    private static final List<RunState> KEPT = List.of(RunState.COMPLETED, RunState.VERIFIED, RunState.COMPLETED_WITH_DIFFERENCES);

    private Samples() {
    }

    /** A sample of {@code parent}: the same source, workspace, token secret, time zone and fallback teammate. */
    static Run of(Run parent, int size) {
        Run sample = Run.following(parent, RunKind.SAMPLE);
        sample.sampleSize = size;
        sample.sourceDirectory = parent.sourceDirectory;
        sample.ateraBaseUrl = parent.ateraBaseUrl;
        sample.ateraKeySecret = parent.ateraKeySecret;
        sample.modifiedSince = parent.modifiedSince;
        return sample;
    }

    /** Every sample of the run, oldest first. Must run inside a transaction. */
    public static List<Run> of(String parentId) {
        return Run.list("parentRunId = ?1 and kind = ?2 order by createdAt", parentId, RunKind.SAMPLE);
    }

    /** A sample of the run that has not reached a final state. Must run inside a transaction. */
    static Optional<Run> unfinished(String parentId) {
        return Run.<Run>find("parentRunId = ?1 and kind = ?2 and state not in ?3", parentId, RunKind.SAMPLE,
                Arrays.stream(RunState.values()).filter(RunState::isFinal).toList()).firstResultOptional();
    }

    /** The ids of the samples of the run that were kept, newest first: its full run writes none of their records again. */
    public static List<String> kept(String parentId) {
        return Run.<Run>list("parentRunId = ?1 and kind = ?2 and state in ?3 order by createdAt desc", parentId, RunKind.SAMPLE, KEPT)
                .stream().map(run -> run.id).toList();
    }

    /** The run and its samples: where an operator's decisions for one hold for the others. Must run inside a transaction. */
    public static List<String> family(Run run) {
        String parentId = run.kind == RunKind.SAMPLE ? run.parentRunId : run.id;
        return Run.<Run>list("id = ?1 or (parentRunId = ?1 and kind = ?2)", parentId, RunKind.SAMPLE).stream()
                .map(member -> member.id).toList();
    }
}
