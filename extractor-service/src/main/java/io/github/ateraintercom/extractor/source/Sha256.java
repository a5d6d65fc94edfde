package io.github.ateraintercom.extractor.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digest every source's checksum is made with. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
