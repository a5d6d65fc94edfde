package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.company.CompanyDirectory;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.membership.CompanyMemberships;
import io.github.ateraintercom.sandbox.paging.CursorRequest;
import io.github.ateraintercom.sandbox.request.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /companies/{id}/contacts}: the contacts attached to a company, cursor-paged like other contact lists. */
@Path("/companies/{company_id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyContactResource {

    private final CompanyDirectory companies;
    private final CompanyMemberships memberships;
    private final ContactStore contacts;
    private final ContactRenderer renderer;

    public CompanyContactResource(CompanyDirectory companies, CompanyMemberships memberships, ContactStore contacts,
                                  ContactRenderer renderer) {
        this.companies = companies;
        this.memberships = memberships;
        this.contacts = contacts;
        this.renderer = renderer;
    }

    @GET
    public ContactList list(@PathParam("company_id") String companyId,
                            @QueryParam("per_page") String perPage,
                            @QueryParam("starting_after") String startingAfter) {
        if (!companies.exists(companyId)) {
            throw ApiException.notFound("company_not_found", "Company Not Found");
        }
        CursorRequest page = CursorRequest.of(QueryParams.integer("per_page", perPage), startingAfter,
                ContactResource.DEFAULT_PER_PAGE, ContactResource.MAX_PER_PAGE);
        List<Contact> attached = memberships.contactsOf(companyId).stream()
                .flatMap(contactId -> contacts.find(contactId).stream())
                .toList();
        return ContactList.of(page.slice(attached), renderer);
    }
}
