package io.github.ateraintercom.loader.intercom;

import java.net.URI;

/** Where and as whom a run writes: the workspace's API base URL and its access token. */
public record IntercomTarget(URI baseUrl, String token) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "IntercomTarget[" + baseUrl + "]";
    }
}
