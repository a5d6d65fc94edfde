package io.github.ateraintercom.sandbox.http;

/** Tells the simulated Intercom API apart from the sandbox's own control API and Quarkus' {@code /q} endpoints. */
public final class ApiPaths {

    /** Root of the control API. */
    public static final String CONTROL_ROOT = "/sandbox";
    private static final String QUARKUS_ROOT = "/q";

    private ApiPaths() {
    }

    /** Whether {@code path} belongs to the simulated Intercom API. */
    public static boolean isApi(String path) {
        return !under(path, CONTROL_ROOT) && !under(path, QUARKUS_ROOT);
    }

    private static boolean under(String path, String root) {
        return path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/');
    }
}
