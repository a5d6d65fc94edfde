package io.github.ateraintercom.sandbox.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which contacts belong to which companies. Kept apart from both stores because each side reads it:
 * a company's {@code user_count} and listing, a contact's {@code companies}.
 */
@Singleton
public class CompanyMemberships implements StateSection {

    /** Intercom's cap on the companies one contact can belong to. */
    public static final int MAX_COMPANIES_PER_CONTACT = 1000;

    private final Map<String, Set<String>> companiesByContact = new LinkedHashMap<>();
    private final Map<String, Set<String>> contactsByCompany = new LinkedHashMap<>();

    /** Attaches the contact to the company; attaching twice changes nothing. */
    public synchronized void attach(String contactId, String companyId) {
        Set<String> companies = companiesByContact.computeIfAbsent(contactId, key -> new LinkedHashSet<>());
        if (!companies.contains(companyId) && companies.size() >= MAX_COMPANIES_PER_CONTACT) {
            throw ApiException.badRequest("contact_company_limit_exceeded",
                    "Contact has reached the maximum of " + MAX_COMPANIES_PER_CONTACT + " company associations");
        }
        companies.add(companyId);
        contactsByCompany.computeIfAbsent(companyId, key -> new LinkedHashSet<>()).add(contactId);
    }

    public synchronized void detach(String contactId, String companyId) {
        remove(companiesByContact, contactId, companyId);
        remove(contactsByCompany, companyId, contactId);
    }

    /** The contact's companies, in the order attached. */
    public synchronized List<String> companiesOf(String contactId) {
        return List.copyOf(companiesByContact.getOrDefault(contactId, Set.of()));
    }

    /** The company's contacts, in the order attached. */
    public synchronized List<String> contactsOf(String companyId) {
        return List.copyOf(contactsByCompany.getOrDefault(companyId, Set.of()));
    }

    public synchronized int contactCount(String companyId) {
        return contactsByCompany.getOrDefault(companyId, Set.of()).size();
    }

    /** Detaches a deleted contact from all its companies. */
    public synchronized void forgetContact(String contactId) {
        companiesOf(contactId).forEach(companyId -> detach(contactId, companyId));
    }

    /** Detaches every contact from a deleted company; the contacts themselves stay, as in Intercom. */
    public synchronized void forgetCompany(String companyId) {
        contactsOf(companyId).forEach(contactId -> detach(contactId, companyId));
    }

    @Override
    public String name() {
        return "company_memberships";
    }

    @Override
    public synchronized void reset() {
        companiesByContact.clear();
        contactsByCompany.clear();
    }

    /** Every contact–company pair, JSON-serialisable. */
    @Override
    public synchronized List<Membership> snapshot() {
        return companiesByContact.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(companyId -> new Membership(entry.getKey(), companyId)))
                .toList();
    }

    /** One contact in one company. */
    public record Membership(@JsonProperty("contact_id") String contactId, @JsonProperty("company_id") String companyId) {
    }

    private static void remove(Map<String, Set<String>> index, String key, String value) {
        Set<String> values = index.get(key);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
