package io.github.ateraintercom.sandbox.id;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the 24-hex ids Intercom gives contacts and companies. They are object ids: 4 bytes of
 * creation time (so an id starts with its object's {@code created_at} in hex), 5 random bytes fixed
 * per process and a 3-byte counter.
 */
@Singleton
public class ObjectIdGenerator {

    private final String processPart;
    private final AtomicInteger counter;

    public ObjectIdGenerator() {
        SecureRandom random = new SecureRandom();
        byte[] processBytes = new byte[5];
        random.nextBytes(processBytes);
        this.processPart = HexFormat.of().formatHex(processBytes);
        this.counter = new AtomicInteger(random.nextInt(0x1000000));
    }

    /** A new id for an object created at {@code epochSecond}. */
    public String next(long epochSecond) {
        int count = counter.getAndIncrement() & 0xFFFFFF;
        return String.format("%08x%s%06x", epochSecond & 0xFFFFFFFFL, processPart, count);
    }
}
