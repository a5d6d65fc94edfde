package io.github.ateraintercom.sandbox.company;

/** The {@code deleted_company_object}: {@code {id, object:"company", deleted:true}}. */
public record DeletedCompany(String id, String object, boolean deleted) {

    static DeletedCompany of(Company company) {
        return new DeletedCompany(company.id(), "company", true);
    }
}
