package io.github.ateraintercom.common.control;

/**
 * A run was created: the extractor reads {@code sourceDirectory}; loaders write to
 * {@code targetBaseUrl} with the token held by the secret named {@code tokenSecret} in their own
 * environment. The token itself never travels on a topic.
 */
public record RunStarted(String runId, String sourceDirectory, String accountTimeZone,
                         String targetBaseUrl, String tokenSecret) implements ControlMessage {
}
