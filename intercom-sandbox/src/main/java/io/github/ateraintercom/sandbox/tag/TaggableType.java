package io.github.ateraintercom.sandbox.tag;

/** The kinds of object a tag can be applied to. */
public enum TaggableType {
    COMPANY,
    CONTACT,
    CONVERSATION
}
