package io.github.ateraintercom.orchestrator.run;

/**
 * What an operator asks for. No secret is ever part of it: {@code tokenSecret} names the secret of
 * the loaders that holds the Intercom token, {@code ateraKeySecret} the secret of the extractor that
 * holds the Atera API key. {@code sourceKind} is export-directory (read {@code sourceDirectory}) or
 * atera-api (read {@code ateraBaseUrl}, only records modified since {@code modifiedSince} when given).
 * {@code fallbackTeammate} is the email of the Intercom teammate who takes the tickets of technicians
 * no teammate matches, and unassigned ones. With {@code confirmMapping}, the source is discovered first
 * and nothing moves until an operator confirms the proposed mapping.
 */
public record NewRun(String sourceDirectory, String targetBaseUrl, String tokenSecret, String accountTimeZone,
                     String sourceKind, String ateraBaseUrl, String ateraKeySecret, String modifiedSince,
                     String fallbackTeammate, Boolean confirmMapping) {

    public boolean confirms() {
        return Boolean.TRUE.equals(confirmMapping);
    }
}
