package io.github.ateraintercom.loader.intercom;

import java.net.URI;

/**
 * Where and as whom a run writes: the workspace's API base URL and its access token; {@code runId} is
 * the run the calls are made for, to which they are counted.
 */
public record IntercomTarget(String runId, URI baseUrl, String token) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "IntercomTarget[" + runId + ", " + baseUrl + "]";
    }
}
