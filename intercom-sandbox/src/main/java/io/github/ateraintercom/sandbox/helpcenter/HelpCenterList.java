package io.github.ateraintercom.sandbox.helpcenter;

import java.util.List;

/** The {@code help_center_list} object; Intercom does not page it. */
public record HelpCenterList(String type, List<HelpCenterJson> data) {
}
