package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Checks a run request and completes it with the defaults, or refuses it saying what to change: a run
 * reads one source, named completely, and writes to one Intercom URL.
 */
@ApplicationScoped
public class RunRequestValidator {

    /** What Atera's FromLastModifiedDate accepts: a local date or date-time, no offset. */
    private static final DateTimeFormatter MODIFIED_SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd['T'HH:mm:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private final OrchestratorConfig config;

    RunRequestValidator(OrchestratorConfig config) {
        this.config = config;
    }

    NewRun validated(NewRun request) {
        if (request == null) {
            throw new InvalidRunRequest("the request body is missing");
        }
        SourceKind kind = sourceKind(request.sourceKind());
        switch (kind) {
            case EXPORT_DIRECTORY -> validateExportDirectory(request);
            case ATERA_API -> validateAteraApi(request);
        }
        requireHttpUrl("targetBaseUrl", request.targetBaseUrl(), "the Intercom API base URL");
        String zone = blank(request.accountTimeZone()) ? config.defaultAccountTimeZone() : request.accountTimeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidRunRequest("accountTimeZone '" + zone + "' is not a time zone id such as Europe/Paris");
        }
        String secret = blank(request.tokenSecret()) ? config.defaultTokenSecret() : request.tokenSecret();
        String fallback = present(request.fallbackTeammate());
        if (fallback != null && !fallback.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidRunRequest("fallbackTeammate '" + fallback + "' is not an email: it names the Intercom teammate "
                    + "who takes the tickets no teammate matches");
        }
        return new NewRun(present(request.sourceDirectory()), request.targetBaseUrl(), secret, zone, kind.wireName(),
                present(request.ateraBaseUrl()), present(request.ateraKeySecret()), present(request.modifiedSince()), fallback,
                request.confirms());
    }

    private static SourceKind sourceKind(String name) {
        if (blank(name)) {
            return SourceKind.EXPORT_DIRECTORY;
        }
        try {
            return SourceKind.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRequest("sourceKind '" + name + "' is not one of "
                    + Arrays.stream(SourceKind.values()).map(SourceKind::wireName).collect(Collectors.joining(", ")));
        }
    }

    private static void validateExportDirectory(NewRun request) {
        if (blank(request.sourceDirectory())) {
            throw new InvalidRunRequest("sourceDirectory is required: the Atera export directory to migrate");
        }
        if (!blank(request.ateraBaseUrl()) || !blank(request.ateraKeySecret()) || !blank(request.modifiedSince())) {
            throw new InvalidRunRequest("ateraBaseUrl, ateraKeySecret and modifiedSince apply only to sourceKind atera-api");
        }
    }

    private static void validateAteraApi(NewRun request) {
        if (!blank(request.sourceDirectory())) {
            throw new InvalidRunRequest("sourceDirectory applies only to sourceKind export-directory");
        }
        requireHttpUrl("ateraBaseUrl", request.ateraBaseUrl(),
                "Atera's API base URL for sourceKind atera-api, e.g. https://app.atera.com/api/v3");
        if (blank(request.ateraKeySecret())) {
            throw new InvalidRunRequest("ateraKeySecret is required for sourceKind atera-api: the name of the extractor's "
                    + "secret that holds the Atera API key");
        }
        if (!blank(request.modifiedSince())) {
            checkModifiedSince(request.modifiedSince());
        }
    }

    /** 400 unless {@code value} is what Atera's FromLastModifiedDate accepts. */
    public static void checkModifiedSince(String value) {
        try {
            MODIFIED_SINCE.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRunRequest("modifiedSince '" + value + "' is not yyyy-MM-dd or "
                    + "yyyy-MM-ddTHH:mm:ss (no offset: Atera reads it in the account time zone)");
        }
    }

    private static void requireHttpUrl(String field, String value, String meaning) {
        if (blank(value)) {
            throw new InvalidRunRequest(field + " is required: " + meaning);
        }
        try {
            URI url = URI.create(value);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new InvalidRunRequest(field + " '" + value + "' is not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRequest(field + " '" + value + "' is not a URL");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Blank optional fields are stored as absent. */
    private static String present(String value) {
        return blank(value) ? null : value;
    }
}
