package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.attribute.AttributeModel;
import io.github.ateraintercom.sandbox.attribute.DataAttributeCatalog;
import io.github.ateraintercom.sandbox.company.CompanyDirectory;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.paging.CursorRequest;
import io.github.ateraintercom.sandbox.paging.PageRequest;
import io.github.ateraintercom.sandbox.request.JsonBody;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Comparator;
import java.util.List;

/**
 * Intercom's conversation endpoints ({@code /conversations…}) as described in API version 2.16;
 * replies and actions are in {@link ConversationPartResource}, tags in {@link ConversationTagResource}.
 */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private static final int DEFAULT_PER_PAGE = 20;
    private static final int MAX_PER_PAGE = 150;
    private static final int DELETED_DEFAULT_PER_PAGE = 20;
    private static final int DELETED_MAX_PER_PAGE = 60;

    private final ConversationStore store;
    private final ConversationRenderer renderer;
    private final ConversationBodies conversationBodies;
    private final ConversationSearch search;
    private final JsonBodyParser bodies;
    private final DataAttributeCatalog attributes;
    private final CompanyDirectory companies;
    private final TagStore tags;

    public ConversationResource(ConversationStore store, ConversationRenderer renderer,
                                ConversationBodies conversationBodies, ConversationSearch search, JsonBodyParser bodies,
                                DataAttributeCatalog attributes, CompanyDirectory companies, TagStore tags) {
        this.store = store;
        this.renderer = renderer;
        this.conversationBodies = conversationBodies;
        this.search = search;
        this.bodies = bodies;
        this.attributes = attributes;
        this.companies = companies;
        this.tags = tags;
    }

    /** Answers the contact's message, not the conversation, as Intercom does. */
    @POST
    public UserMessage create(String body) {
        NewConversation request = conversationBodies.create(bodies.parse(body));
        return UserMessage.of(store.create(request), request.body());
    }

    /** Oldest first, like the contact list. */
    @GET
    public ConversationList list(@QueryParam("per_page") String perPage,
                                 @QueryParam("starting_after") String startingAfter) {
        CursorRequest page = CursorRequest.of(QueryParams.integer("per_page", perPage), startingAfter,
                DEFAULT_PER_PAGE, MAX_PER_PAGE);
        return ConversationList.of(page.slice(store.all()), renderer);
    }

    @GET
    @Path("/{id}")
    public ConversationJson find(@PathParam("id") String id, @QueryParam("display_as") String displayAs) {
        return renderer.render(store.existing(id), plaintext(displayAs));
    }

    /** Custom attributes must be conversation attributes in use; a company must exist. */
    @PUT
    @Path("/{id}")
    public ConversationJson update(@PathParam("id") String id, @QueryParam("display_as") String displayAs, String body) {
        store.existing(id);
        ConversationChanges changes = ConversationBodies.update(bodies.parse(body));
        attributes.validate(AttributeModel.CONVERSATION, changes.customAttributes());
        if (changes.companyId() != null && !companies.exists(changes.companyId())) {
            throw ApiException.notFound("company_not_found", "Company Not Found");
        }
        return renderer.render(store.update(id, changes).orElseThrow(ConversationStore::notFound), plaintext(displayAs));
    }

    /** {@code retain_metrics} only shows in the deleted list: the sandbox keeps no reporting data. */
    @DELETE
    @Path("/{id}")
    public ConversationDeleted delete(@PathParam("id") String id, @QueryParam("retain_metrics") String retainMetrics) {
        boolean retain = retainMetrics == null || QueryParams.bool("retain_metrics", retainMetrics);
        Conversation deleted = store.delete(id, retain).orElseThrow(ConversationStore::notFound);
        tags.forget(TaggableType.CONVERSATION, id);
        return ConversationDeleted.of(deleted);
    }

    /** Ordered by id, newest first unless {@code order=asc}. */
    @GET
    @Path("/deleted")
    public DeletedConversationList deleted(@QueryParam("page") String page,
                                           @QueryParam("per_page") String perPage,
                                           @QueryParam("order") String order,
                                           @Context UriInfo uri) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page),
                QueryParams.integer("per_page", perPage), DELETED_DEFAULT_PER_PAGE);
        if (pageRequest.perPage() > DELETED_MAX_PER_PAGE) {
            throw ApiException.badRequest("parameter_invalid", "per_page must be at most " + DELETED_MAX_PER_PAGE);
        }
        Comparator<DeletedConversation> byId = Comparator.comparingLong(item -> Long.parseLong(item.id()));
        List<DeletedConversation> sorted = store.deleted().stream()
                .sorted("asc".equalsIgnoreCase(order) ? byId : byId.reversed())
                .toList();
        return DeletedConversationList.of(pageRequest.slice(sorted, Integer.MAX_VALUE, uri.getRequestUriBuilder()));
    }

    @POST
    @Path("/search")
    public ConversationList search(String body) {
        JsonBody json = bodies.parse(body);
        return ConversationList.of(search.parse(json).run(store.searchable()), renderer);
    }

    static boolean plaintext(String displayAs) {
        return "plaintext".equals(displayAs);
    }
}
