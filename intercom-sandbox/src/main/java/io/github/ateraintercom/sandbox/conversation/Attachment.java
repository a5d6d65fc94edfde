package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.error.ApiException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.List;
import java.util.Objects;

/**
 * The {@code part_attachment} made of one of the {@code attachment_urls} a message sends. The sandbox
 * never downloads the file, so its name and content type come from the URL and its size is unknown.
 */
public record Attachment(String type, String name, String url, @JsonProperty("content_type") String contentType) {

    /** Intercom's cap on {@code attachment_urls} per message. */
    static final int MAX_URLS = 10;

    static List<Attachment> fromUrls(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_URLS) {
            throw ApiException.badRequest("parameter_invalid",
                    "attachment_urls can hold at most " + MAX_URLS + " URLs, not " + urls.size());
        }
        return urls.stream().map(Attachment::fromUrl).toList();
    }

    private static Attachment fromUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw notAUrl(url);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw notAUrl(url);
        }
        String path = Objects.requireNonNullElse(uri.getPath(), "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        String fileName = name.isEmpty() ? uri.getHost() : name;
        String contentType = URLConnection.guessContentTypeFromName(fileName);
        return new Attachment("upload", fileName, url, contentType == null ? "application/octet-stream" : contentType);
    }

    private static ApiException notAUrl(String url) {
        return ApiException.badRequest("parameter_invalid", "attachment_urls must be http(s) URLs, not '" + url + "'");
    }
}
