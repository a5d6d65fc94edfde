package io.github.ateraintercom.sandbox.admin;

import java.util.List;

/** One team of the workspace, made of the teammates whose seed names it. */
public record Team(String id, String name, List<Long> adminIds) {
}
