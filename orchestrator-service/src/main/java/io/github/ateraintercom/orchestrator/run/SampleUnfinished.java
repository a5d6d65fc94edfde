package io.github.ateraintercom.orchestrator.run;

/** The full run of a run is ordered while one of its samples is still unfinished. */
public class SampleUnfinished extends RuntimeException {

    private final String sampleId;

    public SampleUnfinished(String runId, Run sample) {
        super("sample " + sample.id + " of run " + runId + " is " + sample.state + ": let it end (or cancel it), then keep it or roll "
                + "it back, before confirming the run");
        this.sampleId = sample.id;
    }

    public String sampleId() {
        return sampleId;
    }
}
