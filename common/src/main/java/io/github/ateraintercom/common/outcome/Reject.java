package io.github.ateraintercom.common.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a record was not migrated: the stage and rule that refused it, the column at fault when
 * there is one, a message a person can act on, and the original input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reject(Stage stage, String rule, String column, String message, String original) {
}
