package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.id.ObjectIdGenerator;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The workspace's companies, in memory. Every change to a company happens inside a per-key atomic
 * map operation, so concurrent requests never lose an update nor create a company twice.
 */
@Singleton
public class CompanyStore implements StateSection {

    private final ConcurrentHashMap<String, Company> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> idByCompanyId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, String> idBySequence = new ConcurrentSkipListMap<>();
    private final AtomicLong lastSequence = new AtomicLong();
    private final Clock clock;
    private final ObjectIdGenerator ids;
    private final PlanCatalog plans;

    public CompanyStore(Clock clock, ObjectIdGenerator ids, PlanCatalog plans) {
        this.clock = clock;
        this.ids = ids;
        this.plans = plans;
    }

    /** Updates the company with this {@code company_id}, or creates it when there is none. */
    Company createOrUpdate(String companyId, CompanyChanges changes) {
        long now = now();
        AtomicReference<Company> result = new AtomicReference<>();
        // Holding the company_id's slot makes the lookup and the creation one step.
        idByCompanyId.compute(companyId, (key, existingId) -> {
            Company company = existingId == null
                    ? null
                    : byId.computeIfPresent(existingId, (id, current) -> current.apply(changes, plans::named, now));
            if (company == null) {
                company = Company.created(ids.next(now), lastSequence.incrementAndGet(), companyId, now)
                        .apply(changes, plans::named, now);
                byId.put(company.id(), company);
                idBySequence.put(company.sequence(), company.id());
            }
            result.set(company);
            return company.id();
        });
        return result.get();
    }

    Optional<Company> update(String id, CompanyChanges changes) {
        long now = now();
        return Optional.ofNullable(byId.computeIfPresent(id, (key, current) -> current.apply(changes, plans::named, now)));
    }

    Optional<Company> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Company> findByCompanyId(String companyId) {
        return Optional.ofNullable(idByCompanyId.get(companyId)).map(byId::get);
    }

    Optional<Company> delete(String id) {
        Company removed = byId.remove(id);
        if (removed == null) {
            return Optional.empty();
        }
        idBySequence.remove(removed.sequence());
        // Only if still ours: a concurrent create-or-update may already have re-created the company_id.
        idByCompanyId.remove(removed.companyId(), id);
        return Optional.of(removed);
    }

    /** Every company, oldest first. */
    List<Company> all() {
        return after(0, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} companies created after the one with {@code sequence}, oldest first. */
    List<Company> after(long sequence, int limit) {
        List<Company> companies = new ArrayList<>();
        for (String id : idBySequence.tailMap(sequence, false).values()) {
            if (companies.size() == limit) {
                break;
            }
            Company company = byId.get(id);
            if (company != null) {
                companies.add(company);
            }
        }
        return companies;
    }

    @Override
    public String name() {
        return "companies";
    }

    /** The stored companies, oldest first. */
    @Override
    public List<Company> snapshot() {
        return all();
    }

    @Override
    public void reset() {
        byId.clear();
        idByCompanyId.clear();
        idBySequence.clear();
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
