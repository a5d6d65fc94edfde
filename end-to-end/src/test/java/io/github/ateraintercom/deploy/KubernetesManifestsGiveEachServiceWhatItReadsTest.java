package io.github.ateraintercom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ateraintercom.stack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests stay true to the services: each service's Deployment gives it every
 * environment variable its production configuration reads, listens on the port the service does,
 * and uses an image the kustomization pins; every secret it reads is one the README says to create.
 */
class KubernetesManifestsGiveEachServiceWhatItReadsTest {

    private static final List<String> SERVICES = List.of("orchestrator-service", "extractor-service", "transformer-service",
            "loader-service");
    /** A value the configuration takes from the environment, without a default. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z_]+)}");

    private static Path root;
    private static final List<JsonNode> documents = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        root = LocalStack.findRoot();
        ObjectReader yaml = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class);
        try (Stream<Path> files = Files.walk(root.resolve("deploy/kubernetes/base"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                yaml.<JsonNode>readValues(file.toFile()).readAll().stream().filter(JsonNode::isObject).forEach(documents::add);
            }
        }
    }

    @Test
    void everyServiceGetsEveryVariableItsProductionConfigurationReads() throws IOException {
        Set<String> configured = new HashSet<>();
        kind("ConfigMap").filter(map -> map.path("metadata").path("name").asText().equals("migration-config"))
                .forEach(map -> map.path("data").fieldNames().forEachRemaining(configured::add));
        assertThat(configured).as("migration-config").isNotEmpty();

        for (String service : SERVICES) {
            JsonNode container = container(service);
            Set<String> given = new HashSet<>(configured);
            container.path("env").forEach(variable -> given.add(variable.path("name").asText()));
            assertThat(given).as(service + "'s environment").containsAll(required(service));
            assertThat(container.path("ports").path(0).path("containerPort").asInt()).as(service + "'s port")
                    .isEqualTo(Integer.parseInt(properties(service).getProperty("quarkus.http.port")));
        }
        assertThat(required("orchestrator-service")).as("the operator's token is a production variable")
                .contains("ORCHESTRATOR_OPERATOR_TOKEN");
    }

    @Test
    void theLoadersHoldTheTokenRunsNameByDefaultAndEverySecretIsOneToCreate() throws IOException {
        String defaultSecret = properties("orchestrator-service").getProperty("orchestrator.default-token-secret");
        assertThat(container("loader-service").findValuesAsText("name")).as("the loaders' environment").contains(defaultSecret);

        String readme = Files.readString(root.resolve("deploy/README.md"));
        kind("Deployment").forEach(deployment -> deployment.findValues("secretKeyRef").forEach(secret ->
                assertThat(readme).as("deploy/README.md creates the secret " + secret.path("name").asText())
                        .contains("create secret generic " + secret.path("name").asText() + " ")));
    }

    @Test
    void everyImageIsPinnedByTheKustomization() {
        Set<String> pinned = new HashSet<>();
        kind(null).filter(document -> document.has("images"))
                .forEach(kustomization -> kustomization.path("images").forEach(image -> pinned.add(image.path("name").asText())));
        for (String service : SERVICES) {
            String image = container(service).path("image").asText();
            assertThat(pinned).as(service + "'s image").contains(image.substring(0, image.indexOf(':')));
        }
    }

    private static JsonNode container(String service) {
        return kind("Deployment").filter(deployment -> deployment.path("metadata").path("name").asText().equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment of " + service))
                .path("spec").path("template").path("spec").path("containers").path(0);
    }

    private static Stream<JsonNode> kind(String kind) {
        return documents.stream().filter(document -> kind == null || kind.equals(document.path("kind").asText()));
    }

    /** The environment variables the service's configuration reads in production without a default. */
    private static Set<String> required(String service) throws IOException {
        Set<String> required = new HashSet<>();
        for (String line : Files.readAllLines(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            if (line.startsWith("#") || line.startsWith("%dev.") || line.startsWith("%test.")) {
                continue;
            }
            Matcher variable = REQUIRED.matcher(line);
            while (variable.find()) {
                required.add(variable.group(1));
            }
        }
        return required;
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
