package io.github.ateraintercom.extractor.api;

/** The header that authenticates every request; its value is a secret and never printed. */
record AuthHeader(String name, String value) {

    @Override
    public String toString() {
        return name + ": ***";
    }
}
