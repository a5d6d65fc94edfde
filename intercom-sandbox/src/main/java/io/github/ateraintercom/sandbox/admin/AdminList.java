package io.github.ateraintercom.sandbox.admin;

import java.util.List;

/** The {@code admin.list} object; Intercom does not page it. */
public record AdminList(String type, List<AdminJson> admins) {

    static AdminList of(List<Admin> admins) {
        return new AdminList("admin.list", admins.stream().map(AdminJson::of).toList());
    }
}
