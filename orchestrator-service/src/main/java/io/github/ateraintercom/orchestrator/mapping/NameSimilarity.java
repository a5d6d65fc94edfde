package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike a column's name and a target's name are, from 0 to 1, without a model: both names are
 * normalised (camel case and punctuation split into words, lower case), each word becomes its
 * concept through a dictionary of synonyms ({@code Mail}, {@code EmailAddress} → email; {@code Domain},
 * {@code URL} → website; {@code CreatedOn}, {@code created_at} → created + date), and the concepts
 * shared are counted (Dice coefficient). The same name, normalised, is 1.
 */
final class NameSimilarity {

    /** Whole names, joined and lower case, that are one concept. */
    private static final Map<String, String> WHOLE_NAMES = Map.ofEntries(
            Map.entry("emailaddress", "email"), Map.entry("mailaddress", "email"), Map.entry("phonenumber", "phone"),
            Map.entry("zipcode", "postcode"), Map.entry("postalcode", "postcode"), Map.entry("zipcodestr", "postcode"),
            Map.entry("signedupat", "created date"), Map.entry("remotecreatedat", "created date"),
            Map.entry("externalid", "id"), Map.entry("companyid", "company id"), Map.entry("fullname", "name"));

    /** Words and their concept; a blank concept is a word that says nothing (Str, the, of). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("mail", "email"), Map.entry("email", "email"), Map.entry("emails", "email"),
            Map.entry("phone", "phone"), Map.entry("telephone", "phone"), Map.entry("tel", "phone"),
            Map.entry("mobile", "mobile"), Map.entry("cell", "mobile"), Map.entry("cellphone", "mobile"),
            Map.entry("mobilephone", "mobile phone"),
            Map.entry("firstname", "first name"), Map.entry("lastname", "last name"), Map.entry("surname", "last name"),
            Map.entry("given", "first"), Map.entry("family", "last"),
            Map.entry("created", "created"), Map.entry("creation", "created"), Map.entry("signed", "created"),
            Map.entry("registered", "created"), Map.entry("opened", "created"),
            Map.entry("on", "date"), Map.entry("at", "date"), Map.entry("date", "date"), Map.entry("time", "date"),
            Map.entry("timestamp", "date"), Map.entry("datetime", "date"), Map.entry("dt", "date"),
            Map.entry("customer", "company"), Map.entry("client", "company"), Map.entry("organisation", "company"),
            Map.entry("organization", "company"), Map.entry("account", "company"), Map.entry("company", "company"),
            Map.entry("domain", "website"), Map.entry("website", "website"), Map.entry("url", "website"),
            Map.entry("site", "website"), Map.entry("homepage", "website"), Map.entry("web", "website"),
            Map.entry("title", "title"), Map.entry("subject", "title"), Map.entry("headline", "title"),
            Map.entry("body", "body"), Map.entry("comment", "body"), Map.entry("content", "body"), Map.entry("message", "body"),
            Map.entry("html", "body"), Map.entry("description", "body"),
            Map.entry("tag", "tags"), Map.entry("tags", "tags"), Map.entry("label", "tags"), Map.entry("labels", "tags"),
            Map.entry("status", "state"), Map.entry("state", "state"),
            Map.entry("technician", "assignee"), Map.entry("assignee", "assignee"), Map.entry("assigned", "assignee"),
            Map.entry("agent", "assignee"), Map.entry("owner", "assignee"),
            Map.entry("job", "job"), Map.entry("position", "job title"), Map.entry("role", "job"),
            Map.entry("department", "department"), Map.entry("team", "department"),
            Map.entry("zip", "postcode"), Map.entry("postcode", "postcode"),
            Map.entry("id", "id"), Map.entry("identifier", "id"), Map.entry("key", "id"),
            Map.entry("str", ""), Map.entry("the", ""), Map.entry("of", ""), Map.entry("up", ""), Map.entry("is", ""),
            Map.entry("ticket", ""), Map.entry("remote", ""), Map.entry("external", ""));

    private NameSimilarity() {
    }

    static double score(String column, String target) {
        if (joined(column).equals(joined(target))) {
            return 1.0;
        }
        Set<String> left = concepts(column);
        Set<String> right = concepts(target);
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        long shared = left.stream().filter(right::contains).count();
        return 2.0 * shared / (left.size() + right.size());
    }

    /** The concepts a name stands for: {@code TicketCreatedDate} → created, date. */
    static Set<String> concepts(String name) {
        Set<String> concepts = new LinkedHashSet<>();
        String whole = WHOLE_NAMES.get(joined(name));
        if (whole != null) {
            concepts.addAll(Arrays.asList(whole.split(" ")));
            return concepts;
        }
        for (String word : words(name)) {
            String concept = SYNONYMS.getOrDefault(word, word);
            Arrays.stream(concept.split(" ")).filter(part -> !part.isEmpty()).forEach(concepts::add);
        }
        return concepts;
    }

    private static String[] words(String name) {
        String bare = CustomAttributeNames.isCustom(name) ? CustomAttributeNames.fieldName(name) : name;
        return bare.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    }

    private static String joined(String name) {
        String bare = CustomAttributeNames.isCustom(name) ? CustomAttributeNames.fieldName(name) : name;
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
