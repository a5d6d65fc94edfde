package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.inject.Singleton;

/** Renders a contact with what other resources know about it: its tags and its companies. */
@Singleton
public class ContactRenderer {

    private final String workspaceId;
    private final TagStore tags;
    private final CompanyMemberships memberships;

    public ContactRenderer(SandboxConfig config, TagStore tags, CompanyMemberships memberships) {
        this.workspaceId = config.appId();
        this.tags = tags;
        this.memberships = memberships;
    }

    ContactJson render(Contact contact) {
        String path = "/contacts/" + contact.id();
        return ContactJson.of(contact, workspaceId,
                AddressableList.of(tags.tagsOf(TaggableType.CONTACT, contact.id()).stream()
                        .map(applied -> new AddressableList.Addressable("tag", applied.tag().id(), "/tags/" + applied.tag().id()))
                        .toList(), path + "/tags"),
                AddressableList.of(memberships.companiesOf(contact.id()).stream()
                        .map(companyId -> new AddressableList.Addressable("company", companyId, "/companies/" + companyId))
                        .toList(), path + "/companies"));
    }
}
