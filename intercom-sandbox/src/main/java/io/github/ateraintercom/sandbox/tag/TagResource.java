package io.github.ateraintercom.sandbox.tag;

import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.company.CompanyDirectory;
import io.github.ateraintercom.sandbox.contact.ContactStore;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;

/**
 * Intercom's tag endpoints ({@code /tags…}). {@code POST /tags} takes four shapes, told apart by
 * their fields: {@code {name}} creates, {@code {id, name}} renames, {@code {name, companies}} tags or
 * untags companies and {@code {name, users}} tags contacts.
 */
@Path("/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    private static final Set<String> FIELDS = Set.of("name", "id", "companies", "users");
    private static final Set<String> COMPANY_FIELDS = Set.of("id", "company_id", "untag");
    private static final Set<String> USER_FIELDS = Set.of("id");

    private final TagStore store;
    private final CompanyDirectory companies;
    private final ContactStore contacts;
    private final AdminDirectory admins;
    private final JsonBodyParser bodies;

    public TagResource(TagStore store, CompanyDirectory companies, ContactStore contacts, AdminDirectory admins,
                       JsonBodyParser bodies) {
        this.store = store;
        this.companies = companies;
        this.contacts = contacts;
        this.admins = admins;
        this.bodies = bodies;
    }

    @GET
    public TagList list() {
        return TagList.of(store.all().stream().map(TagJson::of).toList());
    }

    @GET
    @Path("/{id}")
    public TagJson find(@PathParam("id") String id) {
        return TagJson.of(store.existing(id));
    }

    @POST
    public TagResponse createOrUpdate(String body) {
        JsonBody json = bodies.parse(body);
        String name = json.text("name");
        // Intercom words every malformed tag request the same way.
        if (!json.hasOnly(FIELDS) || name == null || name.isBlank()) {
            throw invalidParameters();
        }
        List<JsonBody> companyItems = json.objects("companies");
        if (companyItems != null) {
            return tagCompanies(name, companyItems);
        }
        List<JsonBody> userItems = json.objects("users");
        if (userItems != null) {
            return tagUsers(name, userItems);
        }
        String id = json.id("id");
        if (id != null) {
            return TagResponse.of(store.rename(id, name)
                    .orElseThrow(() -> ApiException.notFound("not_found", "Resource Not Found")));
        }
        return TagResponse.of(store.findOrCreate(name));
    }

    /** 200 without a body, as the description shows; refused while any object carries the tag. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        store.delete(id).orElseThrow(() -> ApiException.notFound("not_found", "Resource Not Found"));
        return Response.ok().build();
    }

    /** Every company is resolved before any is touched, so an unknown one leaves all of them as they were. */
    private TagResponse tagCompanies(String name, List<JsonBody> items) {
        List<CompanyChange> changes = items.stream().map(this::companyChange).toList();
        boolean anyTagging = changes.stream().anyMatch(change -> !change.untag());
        // Untagging never creates the tag it names.
        Tag tag = anyTagging
                ? store.findOrCreate(name)
                : store.findByName(name).orElseThrow(() -> ApiException.notFound("not_found", "Resource Not Found"));
        String adminId = admins.tokenOwner().id();
        return TagResponse.ofCompanies(tag, changes.stream().map(change -> {
            if (change.untag()) {
                store.untag(tag, TaggableType.COMPANY, change.companyId());
            } else {
                store.tag(tag, TaggableType.COMPANY, change.companyId(), adminId);
            }
            return new TagResponse.Tagged(change.companyId(), !change.untag());
        }).toList());
    }

    private CompanyChange companyChange(JsonBody item) {
        if (!item.hasOnly(COMPANY_FIELDS) || (item.text("id") == null && item.text("company_id") == null)) {
            throw invalidParameters();
        }
        String id = item.text("id");
        String resolved = id != null
                ? (companies.exists(id) ? id : null)
                : companies.idOfCompanyId(item.text("company_id")).orElse(null);
        if (resolved == null) {
            throw ApiException.notFound("company_not_found", "Company Not Found");
        }
        return new CompanyChange(resolved, Boolean.TRUE.equals(item.bool("untag")));
    }

    private TagResponse tagUsers(String name, List<JsonBody> items) {
        List<String> contactIds = items.stream()
                .map(item -> {
                    String id = item.text("id");
                    if (!item.hasOnly(USER_FIELDS) || id == null) {
                        throw invalidParameters();
                    }
                    return contacts.existing(id).id();
                })
                .toList();
        Tag tag = store.findOrCreate(name);
        String adminId = admins.tokenOwner().id();
        contactIds.forEach(contactId -> store.tag(tag, TaggableType.CONTACT, contactId, adminId));
        return TagResponse.ofUsers(tag, contactIds.stream().map(id -> new TagResponse.Tagged(id, true)).toList());
    }

    private static ApiException invalidParameters() {
        return ApiException.badRequest("parameter_invalid", "invalid tag parameters");
    }

    private record CompanyChange(String companyId, boolean untag) {
    }
}
