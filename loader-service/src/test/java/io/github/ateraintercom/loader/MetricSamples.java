package io.github.ateraintercom.loader;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** The samples a service exposes at {@code /q/metrics}, read as a Prometheus scraper reads them. */
public record MetricSamples(String text, List<Sample> samples) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    public static MetricSamples scrape(URI service) {
        return of(given().baseUri(service.toString()).get("/q/metrics").then().statusCode(200).extract().asString());
    }

    public static MetricSamples of(String text) {
        return new MetricSamples(text, text.lines().filter(line -> !line.startsWith("#")).map(LINE::matcher)
                .filter(Matcher::matches).map(line -> new Sample(line.group(1), labels(line.group(2)), Double.parseDouble(line.group(3))))
                .toList());
    }

    public List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The sum of the samples of this name carrying these labels (among others). */
    public double sum(String name, Map<String, String> labels) {
        return named(name).stream().filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
