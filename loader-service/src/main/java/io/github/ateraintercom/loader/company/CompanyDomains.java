package io.github.ateraintercom.loader.company;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The web domains of the companies each run wrote, so that a contact without a customer can join the
 * company its email's domain names. Atera's Domain may hold several domains; each is kept, without
 * scheme, {@code www.} or path. A domain that names several companies names none: nothing is guessed.
 */
@ApplicationScoped
public class CompanyDomains {

    private final EntityManager entityManager;

    CompanyDomains(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void record(String runId, String customerId, String website) {
        List<String> domains = domains(website);
        if (domains.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> domains.forEach(domain -> entityManager.createNativeQuery("""
                        INSERT INTO company_domain (run_id, domain, customer_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING
                        """).setParameter(1, runId).setParameter(2, domain).setParameter(3, customerId).executeUpdate()));
    }

    /** The one customer whose domain is the email's, if exactly one is. */
    public Optional<String> customerOf(String runId, String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        List<?> customers = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT customer_id FROM company_domain WHERE run_id = ?1 AND domain = ?2")
                .setParameter(1, runId).setParameter(2, domain).setMaxResults(2).getResultList());
        return customers.size() == 1 ? Optional.of((String) customers.get(0)) : Optional.empty();
    }

    static List<String> domains(String website) {
        if (website == null) {
            return List.of();
        }
        return Arrays.stream(website.split("[;,\\s]+")).map(String::strip).filter(value -> !value.isEmpty())
                .map(CompanyDomains::host).filter(host -> !host.isEmpty()).distinct().toList();
    }

    private static String host(String value) {
        String withScheme = value.contains("://") ? value : "http://" + value;
        try {
            String host = URI.create(withScheme).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
