package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.admin.Admin;
import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.contact.Contact;
import io.github.ateraintercom.sandbox.contact.ContactStore;
import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Finds the teammates, teams and contacts that requests name as authors or assignees. */
@Singleton
public class Participants {

    private final AdminDirectory admins;
    private final ContactStore contacts;

    public Participants(AdminDirectory admins, ContactStore contacts) {
        this.admins = admins;
        this.contacts = contacts;
    }

    Author admin(String adminId) {
        Admin admin = admins.admin(adminId).orElseThrow(Participants::adminNotFound);
        return new Author(Author.ADMIN, admin.id(), admin.name(), admin.email());
    }

    Author contact(String contactId) {
        return author(contacts.existing(contactId));
    }

    /** The contact a reply names by Intercom id, by {@code user_id} (a user's external id) or by email. */
    Author contact(String intercomUserId, String userId, String email) {
        Optional<Contact> contact = intercomUserId != null ? contacts.find(intercomUserId)
                : userId != null ? contacts.findUserByExternalId(userId)
                : contacts.findByEmail(email);
        return author(contact.orElseThrow(ContactStore::userNotFound));
    }

    /** An assignee: a teammate or a team by its numeric id; 0 assigns to nobody. */
    long assignee(AssigneeType type, String id) {
        if (id.equals("0")) {
            return 0;
        }
        boolean exists = type == AssigneeType.TEAM ? admins.team(id).isPresent() : admins.admin(id).isPresent();
        if (!exists) {
            throw type == AssigneeType.TEAM
                    ? ApiException.notFound("team_not_found", "Team not found")
                    : adminNotFound();
        }
        return Long.parseLong(id);
    }

    private static Author author(Contact contact) {
        return new Author(contact.role(), contact.id(), contact.name(), contact.email());
    }

    private static ApiException adminNotFound() {
        return ApiException.notFound("admin_not_found", "Admin not found");
    }
}
