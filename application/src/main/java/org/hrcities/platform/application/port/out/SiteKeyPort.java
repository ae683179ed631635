package org.hrcities.platform.application.port.out;

/**
 * Secret keys the site keeps for itself, such as the one that signs the links in its emails: drawn at
 * random the first time a key is asked for, then the same for every process that shares the storage,
 * across restarts. Called outside any transaction; each call is one of its own.
 */
public interface SiteKeyPort {

    /** Key length in bytes. */
    int LENGTH = 32;

    /** The key named {@code name}, {@link #LENGTH} bytes, created on first use. */
    byte[] key(String name);
}
