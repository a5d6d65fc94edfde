package io.github.ateraintercom.sandbox.traffic;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the request counters which endpoint a request reached, as its path template, so that
 * {@code /companies/{id}} is counted once rather than once per id. Runs first, so that requests a
 * fault or a refusal ends early are counted under their endpoint too.
 */
public class PathTemplateFilter {

    static final String TEMPLATE = PathTemplateFilter.class.getName();

    private final ConcurrentHashMap<Method, String> templates = new ConcurrentHashMap<>();
    private final CurrentVertxRequest currentRequest;

    public PathTemplateFilter(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    @ServerRequestFilter(priority = 0, nonBlocking = true)
    public void recordTemplate(ResourceInfo resource) {
        String template = templates.computeIfAbsent(resource.getResourceMethod(),
                method -> join(resource.getResourceClass().getAnnotation(Path.class), method.getAnnotation(Path.class)));
        currentRequest.getCurrent().put(TEMPLATE, template);
    }

    private static String join(Path classPath, Path methodPath) {
        String template = segment(classPath) + segment(methodPath);
        return template.isEmpty() ? "/" : template;
    }

    private static String segment(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        String value = path.value().endsWith("/") ? path.value().substring(0, path.value().length() - 1) : path.value();
        return value.startsWith("/") ? value : "/" + value;
    }
}
