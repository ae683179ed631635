package org.hrcities.platform.application.port.out;

/**
 * Signs with the site's own secret keys, such as the one behind the links in its emails. Each key is
 * drawn at random the first time it is used, then the same for every process that shares the storage,
 * across restarts; it never leaves the adapter. Called outside any transaction; each call is one of its own.
 */
public interface SiteKeyPort {

    /** Bytes of a signature. */
    int SIGNATURE_LENGTH = 32;

    /** HMAC-SHA256 of {@code data} under the key named {@code keyName}, created on first use. */
    byte[] sign(String keyName, byte[] data);
}
