package org.hrcities.platform.adapter.in.web.input;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Optimistic concurrency over HTTP for the admin API: a stored aggregate's ETag is its version, and
 * every change must say with {@code If-Match} which version it was made against. Without the header
 * the answer is 428; with a tag that is not the current one, 412 and nothing changes.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("\\s*\"v(\\d{1,18})\"\\s*");

    private Preconditions() {
    }

    /** The ETag of an aggregate stored at {@code version}. */
    public static EntityTag tagOf(long version) {
        return new EntityTag("v" + version);
    }

    /**
     * The version an update was made against, read from its {@code If-Match} header.
     *
     * @throws WebApplicationException 428 without the header, 412 when it names no version this API gave out
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("this change needs an If-Match header with the ETag of the version it "
                    + "was made against (read it with GET first)", 428);
        }
        Matcher tag = TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw stale();
        }
        return Long.parseLong(tag.group(1));
    }

    /** 412: the resource is no longer at the version the client read. */
    public static WebApplicationException stale() {
        return new WebApplicationException("the resource has changed since the ETag in If-Match was read; nothing was "
                + "changed: read it again and reapply the change", Response.Status.PRECONDITION_FAILED);
    }

    /**
     * Runs a change made against the version from {@code If-Match}; a concurrent change in between
     * (the stored aggregate is no longer at that version) answers 412.
     */
    public static <T> T unlessStale(Supplier<T> change) {
        try {
            return change.get();
        } catch (ConcurrentUpdateException e) {
            throw stale();
        }
    }
}
