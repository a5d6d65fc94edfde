package io.github.ateraintercom.orchestrator.run;

/**
 * What an operator asks for. The Intercom token is never part of it: {@code tokenSecret} names the
 * secret (an environment variable or Kubernetes secret of the loaders) that holds it.
 */
public record NewRun(String sourceDirectory, String targetBaseUrl, String tokenSecret, String accountTimeZone) {
}
