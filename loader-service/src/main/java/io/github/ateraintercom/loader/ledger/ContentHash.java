package io.github.ateraintercom.loader.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ateraintercom.common.envelope.Json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of what was written, so an unchanged record is recognised and never sent again. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Object written) {
        try {
            return of(Json.MAPPER.writeValueAsBytes(written));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash " + written.getClass().getSimpleName(), e);
        }
    }

    /** SHA-256 of these bytes, as lowercase hex. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
