package io.github.ateraintercom.sandbox.version;

import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Accepts the {@code Intercom-Version} values of the 2.16 description's {@code intercom_version}
 * enum; without the header Intercom uses the app's own version, which here is 2.16.
 */
public class IntercomVersionFilter {

    private static final String HEADER = "Intercom-Version";
    private static final String APP_VERSION = "2.16";

    private static final Set<String> KNOWN_VERSIONS = Set.of(
            "1.0", "1.1", "1.2", "1.3", "1.4",
            "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8",
            "2.9", "2.10", "2.11", "2.12", "2.13", "2.14", "2.15", "2.16");

    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public void checkVersion(ContainerRequestContext request) {
        String version = request.getHeaderString(HEADER);
        if (version != null && !KNOWN_VERSIONS.contains(version.trim())) {
            throw ApiException.badRequest("intercom_version_invalid",
                    "Intercom-Version '" + version + "' is not a valid API version");
        }
    }

    /** Tells the client which version answered: the one it asked for, else the app's; an unknown one is not echoed. */
    @ServerResponseFilter
    public void echoVersion(ContainerRequestContext request, ContainerResponseContext response) {
        String requested = request.getHeaderString(HEADER);
        String version = requested == null ? APP_VERSION : requested.trim();
        if (KNOWN_VERSIONS.contains(version)) {
            response.getHeaders().putSingle(HEADER, version);
        }
    }
}
