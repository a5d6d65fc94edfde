package io.github.ateraintercom.orchestrator.run;

/** Another run is still writing to the same Intercom workspace. */
public class WorkspaceBusy extends RuntimeException {

    private final String activeRunId;

    public WorkspaceBusy(String targetBaseUrl, String activeRunId) {
        super("run " + activeRunId + " is still migrating into " + targetBaseUrl
                + " with the same token: one run per workspace at a time");
        this.activeRunId = activeRunId;
    }

    public String activeRunId() {
        return activeRunId;
    }
}
