package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.attribute.AttributeModel;
import io.github.ateraintercom.sandbox.attribute.DataAttributeCatalog;
import io.github.ateraintercom.sandbox.auth.CallingApp;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
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
import java.util.Objects;
import java.util.Set;

/** Intercom's company endpoints ({@code /companies…}) as described in API version 2.16. */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private static final int DEFAULT_PER_PAGE = 15;
    /** Intercom's page-based company lists stop after this many companies; the scroll reaches all. */
    private static final int LIST_CEILING = 10_000;
    private static final Set<String> LIST_BODY_FIELDS = Set.of("page", "per_page", "order");
    /** Intercom orders lists by {@code last_request_at}; creation order settles ties and never-seen companies. */
    private static final Comparator<Company> OLDEST_REQUEST_FIRST = Comparator
            .comparingLong((Company company) -> Objects.requireNonNullElse(company.lastRequestAt(), 0L))
            .thenComparingLong(Company::sequence);

    private final CompanyStore store;
    private final CompanyScrolls scrolls;
    private final CompanyRenderer renderer;
    private final JsonBodyParser bodies;
    private final CallingApp callingApp;
    private final DataAttributeCatalog attributes;
    private final TagStore tags;
    private final CompanyMemberships memberships;

    public CompanyResource(CompanyStore store, CompanyScrolls scrolls, CompanyRenderer renderer, JsonBodyParser bodies,
                           CallingApp callingApp, DataAttributeCatalog attributes, TagStore tags,
                           CompanyMemberships memberships) {
        this.store = store;
        this.scrolls = scrolls;
        this.renderer = renderer;
        this.bodies = bodies;
        this.callingApp = callingApp;
        this.attributes = attributes;
        this.tags = tags;
        this.memberships = memberships;
    }

    @POST
    public CompanyJson createOrUpdate(String body) {
        JsonBody json = bodies.parse(body);
        CompanyChanges changes = checked(CompanyBodies.createOrUpdate(json));
        return render(store.createOrUpdate(CompanyBodies.companyId(json), changes));
    }

    @GET
    public CompanyList retrieve(@QueryParam("company_id") String companyId,
                                @QueryParam("name") String name,
                                @QueryParam("tag_id") String tagId,
                                @QueryParam("segment_id") String segmentId,
                                @QueryParam("page") String page,
                                @QueryParam("per_page") String perPage,
                                @Context UriInfo uri) {
        PageRequest pageRequest = PageRequest.of(
                QueryParams.integer("page", page), QueryParams.integer("per_page", perPage), DEFAULT_PER_PAGE);
        boolean filtered = companyId != null || name != null || tagId != null || segmentId != null;
        List<Company> companies = filtered
                ? matching(companyId, name, tagId, segmentId != null)
                : sorted(store.all(), false);
        if (filtered && companies.isEmpty()) {
            throw companyNotFound();
        }
        return CompanyList.of(pageRequest.slice(companies, LIST_CEILING, uri.getRequestUriBuilder()), renderer);
    }

    @GET
    @Path("/{id}")
    public CompanyJson find(@PathParam("id") String id) {
        return render(store.find(id).orElseThrow(CompanyResource::companyNotFound));
    }

    @PUT
    @Path("/{id}")
    public CompanyJson update(@PathParam("id") String id, String body) {
        CompanyChanges changes = checked(CompanyBodies.update(bodies.parse(body)));
        return render(store.update(id, changes).orElseThrow(CompanyResource::companyNotFound));
    }

    @DELETE
    @Path("/{id}")
    public DeletedCompany delete(@PathParam("id") String id) {
        Company deleted = store.delete(id).orElseThrow(CompanyResource::companyNotFound);
        // Intercom detaches the contacts and keeps them.
        memberships.forgetCompany(id);
        tags.forget(TaggableType.COMPANY, id);
        return DeletedCompany.of(deleted);
    }

    /**
     * Paging may come in the query, as the description says, or in the body, as clients also send it.
     * Like Intercom, this list leaves out companies no contact is attached to.
     */
    @POST
    @Path("/list")
    public CompanyList list(@QueryParam("page") String page,
                            @QueryParam("per_page") String perPage,
                            @QueryParam("order") String order,
                            @Context UriInfo uri,
                            String body) {
        JsonBody json = bodies.parse(body).allowOnly(LIST_BODY_FIELDS);
        PageRequest pageRequest = PageRequest.of(
                firstNonNull(json.integer("page"), QueryParams.integer("page", page)),
                firstNonNull(json.integer("per_page"), QueryParams.integer("per_page", perPage)),
                DEFAULT_PER_PAGE);
        boolean ascending = "asc".equalsIgnoreCase(firstNonNull(json.text("order"), order));
        List<Company> companies = sorted(store.all().stream()
                .filter(company -> memberships.contactCount(company.id()) > 0)
                .toList(), ascending);
        return CompanyList.of(pageRequest.slice(companies, LIST_CEILING, uri.getRequestUriBuilder()), renderer);
    }

    @GET
    @Path("/scroll")
    public CompanyScrollJson scroll(@QueryParam("scroll_param") String scrollParam) {
        return CompanyScrollJson.of(scrolls.next(callingApp.token(), scrollParam), renderer);
    }

    private List<Company> matching(String companyId, String name, String tagId, boolean bySegment) {
        if (bySegment) {
            // Segments are not simulated, so no company is in one.
            return List.of();
        }
        List<Company> candidates = companyId != null
                ? store.findByCompanyId(companyId).stream().toList()
                : store.all();
        return sorted(candidates.stream()
                .filter(company -> name == null || name.equals(company.name()))
                .filter(company -> tagId == null || tags.isTagged(tagId, TaggableType.COMPANY, company.id()))
                .toList(), false);
    }

    /** Custom attributes must exist as company data attributes and hold values of their type. */
    private CompanyChanges checked(CompanyChanges changes) {
        attributes.validate(AttributeModel.COMPANY, changes.customAttributes());
        return changes;
    }

    private static List<Company> sorted(List<Company> companies, boolean ascending) {
        return companies.stream().sorted(ascending ? OLDEST_REQUEST_FIRST : OLDEST_REQUEST_FIRST.reversed()).toList();
    }

    private CompanyJson render(Company company) {
        return renderer.render(company);
    }

    private static ApiException companyNotFound() {
        return ApiException.notFound("company_not_found", "Company Not Found");
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
