package io.github.ateraintercom.extractor.source;

/**
 * A problem that makes a whole source unusable (a file, an API list, the broker refusing its
 * records): the extraction of the run stops with this message.
 */
public class FatalSourceError extends RuntimeException {

    public FatalSourceError(String message) {
        super(message);
    }

    public FatalSourceError(String message, Throwable cause) {
        super(message, cause);
    }
}
