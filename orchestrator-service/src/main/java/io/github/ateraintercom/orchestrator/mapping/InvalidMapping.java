package io.github.ateraintercom.orchestrator.mapping;

/** An edited mapping that cannot be stored: which file and column (when one is at fault) and why. */
public class InvalidMapping extends RuntimeException {

    private final String file;
    private final String column;
    private final String reason;

    public InvalidMapping(String file, String column, String reason) {
        super((file == null ? "" : file + (column == null ? "" : " column " + column) + ": ") + reason);
        this.file = file;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
