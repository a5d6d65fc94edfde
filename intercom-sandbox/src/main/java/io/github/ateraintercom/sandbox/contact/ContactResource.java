package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.attribute.AttributeModel;
import io.github.ateraintercom.sandbox.attribute.DataAttributeCatalog;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
import io.github.ateraintercom.sandbox.paging.CursorRequest;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.request.QueryParams;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Intercom's contact endpoints ({@code /contacts…}) as described in API version 2.16. */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 150;

    private final ContactStore store;
    private final ContactRenderer renderer;
    private final ContactSearch search;
    private final JsonBodyParser bodies;
    private final DataAttributeCatalog attributes;
    private final AdminDirectory admins;
    private final TagStore tags;
    private final CompanyMemberships memberships;

    public ContactResource(ContactStore store, ContactRenderer renderer, ContactSearch search, JsonBodyParser bodies,
                           DataAttributeCatalog attributes, AdminDirectory admins, TagStore tags,
                           CompanyMemberships memberships) {
        this.store = store;
        this.renderer = renderer;
        this.search = search;
        this.bodies = bodies;
        this.attributes = attributes;
        this.admins = admins;
        this.tags = tags;
        this.memberships = memberships;
    }

    @POST
    public ContactJson create(String body) {
        ContactChanges changes = checked(ContactBodies.read(bodies.parse(body)));
        if (!changes.identifies()) {
            throw ApiException.badRequest("parameter_not_found", "Please provide an email, external_id or role");
        }
        return renderer.render(store.create(changes));
    }

    /** Archived contacts are left out of lists, as Intercom hides them. */
    @GET
    public ContactList list(@QueryParam("per_page") String perPage, @QueryParam("starting_after") String startingAfter) {
        CursorRequest page = CursorRequest.of(QueryParams.integer("per_page", perPage), startingAfter,
                DEFAULT_PER_PAGE, MAX_PER_PAGE);
        return ContactList.of(page.slice(active()), renderer);
    }

    @GET
    @Path("/{id}")
    public ContactJson find(@PathParam("id") String id) {
        return renderer.render(store.existing(id));
    }

    @PUT
    @Path("/{id}")
    public ContactJson update(@PathParam("id") String id, String body) {
        ContactChanges changes = checked(ContactBodies.read(bodies.parse(body)));
        return renderer.render(store.update(id, changes).orElseThrow(ContactStore::userNotFound));
    }

    @DELETE
    @Path("/{id}")
    public ContactReference delete(@PathParam("id") String id) {
        Contact deleted = store.delete(id).orElseThrow(ContactStore::userNotFound);
        tags.forget(TaggableType.CONTACT, id);
        memberships.forgetContact(id);
        return ContactReference.deleted(deleted);
    }

    @POST
    @Path("/{id}/archive")
    public ContactReference archive(@PathParam("id") String id) {
        return ContactReference.archived(store.setArchived(id, true).orElseThrow(ContactStore::userNotFound));
    }

    @POST
    @Path("/{id}/unarchive")
    public ContactReference unarchive(@PathParam("id") String id) {
        return ContactReference.archived(store.setArchived(id, false).orElseThrow(ContactStore::userNotFound));
    }

    @GET
    @Path("/find_by_external_id/{external_id}")
    public ContactJson findByExternalId(@PathParam("external_id") String externalId) {
        return renderer.render(store.findUserByExternalId(externalId)
                .orElseThrow(ContactStore::userNotFound));
    }

    @POST
    @Path("/search")
    public ContactList search(String body) {
        return ContactList.of(search.parse(bodies.parse(body)).run(active(store.searchable())), renderer);
    }

    private List<Contact> active() {
        return active(store.all());
    }

    private static List<Contact> active(List<Contact> contacts) {
        return contacts.stream().filter(contact -> !contact.archived()).toList();
    }

    /** The owner must be a teammate, and custom attributes must exist as contact data attributes. */
    private ContactChanges checked(ContactChanges changes) {
        if (changes.ownerId() != null && admins.admin(changes.ownerId()).isEmpty()) {
            throw ApiException.badRequest("parameter_invalid",
                    "owner_id " + changes.ownerId() + " is not a teammate of this workspace");
        }
        attributes.validate(AttributeModel.CONTACT, changes.customAttributes());
        return changes;
    }
}
