package io.github.ateraintercom.sandbox.company;

import jakarta.inject.Singleton;

import java.util.Optional;

/** What other resources may ask about companies: whether one exists, and its {@code company} object. */
@Singleton
public class CompanyDirectory {

    private final CompanyStore store;
    private final CompanyRenderer renderer;

    public CompanyDirectory(CompanyStore store, CompanyRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    /** The company with this Intercom id, rendered as the API shows it. */
    public Optional<CompanyJson> find(String id) {
        return store.find(id).map(renderer::render);
    }

    /** The Intercom id of the company with this {@code company_id}. */
    public Optional<String> idOfCompanyId(String companyId) {
        return store.findByCompanyId(companyId).map(Company::id);
    }

    public boolean exists(String id) {
        return store.find(id).isPresent();
    }
}
