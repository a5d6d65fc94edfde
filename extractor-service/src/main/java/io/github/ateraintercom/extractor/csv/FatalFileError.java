package io.github.ateraintercom.extractor.csv;

/** A problem that makes a whole file unusable: the extraction of the run stops with this message. */
public class FatalFileError extends RuntimeException {

    public FatalFileError(String message) {
        super(message);
    }

    public FatalFileError(String message, Throwable cause) {
        super(message, cause);
    }
}
