package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.tag.AppliedTag;
import io.github.ateraintercom.sandbox.tag.Tag;
import io.github.ateraintercom.sandbox.tag.TagJson;
import io.github.ateraintercom.sandbox.tag.TagList;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** A contact's tags ({@code /contacts/{id}/tags…}); tags show when and by whom they were applied. */
@Path("/contacts/{contact_id}/tags")
@Produces(MediaType.APPLICATION_JSON)
public class ContactTagResource {

    private static final Set<String> FIELDS = Set.of("id");

    private final ContactStore contacts;
    private final TagStore tags;
    private final AdminDirectory admins;
    private final JsonBodyParser bodies;

    public ContactTagResource(ContactStore contacts, TagStore tags, AdminDirectory admins, JsonBodyParser bodies) {
        this.contacts = contacts;
        this.tags = tags;
        this.admins = admins;
        this.bodies = bodies;
    }

    @GET
    public TagList list(@PathParam("contact_id") String contactId) {
        contacts.existing(contactId);
        return TagList.of(tags.tagsOf(TaggableType.CONTACT, contactId).stream().map(TagJson::of).toList());
    }

    @POST
    public TagJson tag(@PathParam("contact_id") String contactId, String body) {
        String tagId = bodies.parse(body).allowOnly(FIELDS).id("id");
        if (tagId == null) {
            throw ApiException.badRequest("parameter_not_found", "id not specified");
        }
        contacts.existing(contactId);
        Tag tag = tags.existing(tagId);
        return TagJson.of(tags.tag(tag, TaggableType.CONTACT, contactId, admins.tokenOwner().id()));
    }

    /** Answers the removed tag, with its application when the contact carried it. */
    @DELETE
    @Path("/{tag_id}")
    public TagJson untag(@PathParam("contact_id") String contactId, @PathParam("tag_id") String tagId) {
        contacts.existing(contactId);
        Tag tag = tags.existing(tagId);
        TagJson removed = tags.tagsOf(TaggableType.CONTACT, contactId).stream()
                .filter(applied -> applied.tag().id().equals(tagId))
                .findFirst()
                .map(TagJson::of)
                .orElseGet(() -> TagJson.of(tag));
        tags.untag(tag, TaggableType.CONTACT, contactId);
        return removed;
    }
}
