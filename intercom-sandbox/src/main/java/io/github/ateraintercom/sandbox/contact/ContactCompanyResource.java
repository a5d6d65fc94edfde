package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.company.CompanyDirectory;
import io.github.ateraintercom.sandbox.company.CompanyJson;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
import io.github.ateraintercom.sandbox.paging.PageRequest;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.request.QueryParams;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Set;

/**
 * A contact's companies ({@code /contacts/{id}/companies…}). Companies are named by their Intercom
 * id here, never by {@code company_id}; attaching and detaching answer the company as it now is.
 */
@Path("/contacts/{contact_id}/companies")
@Produces(MediaType.APPLICATION_JSON)
public class ContactCompanyResource {

    private static final Set<String> FIELDS = Set.of("id");
    private static final int DEFAULT_PER_PAGE = 50;

    private final ContactStore contacts;
    private final CompanyDirectory companies;
    private final CompanyMemberships memberships;
    private final JsonBodyParser bodies;

    public ContactCompanyResource(ContactStore contacts, CompanyDirectory companies, CompanyMemberships memberships,
                                  JsonBodyParser bodies) {
        this.contacts = contacts;
        this.companies = companies;
        this.memberships = memberships;
        this.bodies = bodies;
    }

    @POST
    public CompanyJson attach(@PathParam("contact_id") String contactId, String body) {
        String companyId = bodies.parse(body).allowOnly(FIELDS).text("id");
        if (companyId == null || companyId.isBlank()) {
            throw ApiException.badRequest("parameter_not_found", "company not specified");
        }
        contacts.existing(contactId);
        existingCompany(companyId);
        memberships.attach(contactId, companyId);
        return existingCompany(companyId);
    }

    @GET
    public ContactCompanyList list(@PathParam("contact_id") String contactId,
                                   @QueryParam("page") String page,
                                   @QueryParam("per_page") String perPage,
                                   @Context UriInfo uri) {
        contacts.existing(contactId);
        PageRequest pageRequest = PageRequest.of(
                QueryParams.integer("page", page), QueryParams.integer("per_page", perPage), DEFAULT_PER_PAGE);
        List<CompanyJson> attached = memberships.companiesOf(contactId).stream()
                .flatMap(companyId -> companies.find(companyId).stream())
                .toList();
        return ContactCompanyList.of(pageRequest.slice(attached, Integer.MAX_VALUE, uri.getRequestUriBuilder()));
    }

    @DELETE
    @Path("/{company_id}")
    public CompanyJson detach(@PathParam("contact_id") String contactId, @PathParam("company_id") String companyId) {
        contacts.existing(contactId);
        existingCompany(companyId);
        memberships.detach(contactId, companyId);
        return existingCompany(companyId);
    }

    private CompanyJson existingCompany(String id) {
        return companies.find(id).orElseThrow(() -> ApiException.notFound("company_not_found", "Company Not Found"));
    }
}
