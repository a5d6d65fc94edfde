package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A workspace of its own, for tests that must count every object in it. */
public class FreshWorkspaceProfile implements QuarkusTestProfile {
}
