package io.github.ateraintercom.orchestrator;

import java.util.UUID;

/** Intercom workspaces for tests: each run of a test gets its own, since one workspace takes one unfinished run. */
public final class Workspaces {

    private Workspaces() {
    }

    public static String fresh() {
        return "http://w" + UUID.randomUUID().toString().replace("-", "") + ".example";
    }
}
