package io.github.ateraintercom.transformer.mapping;

/** A source value that cannot be converted; the mapping turns it into a refusal naming the column. */
public class InvalidValue extends RuntimeException {

    private final String rule;
    private final String column;

    public InvalidValue(String rule, String column, String message) {
        super(message);
        this.rule = rule;
        this.column = column;
    }

    public <T> MappingResult<T> refusal() {
        return new MappingResult.Refused<>(rule, column, getMessage());
    }
}
