package org.hrcities.platform.adapter.in.web.input;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The network address a request came from: the connection's peer, or, when that peer is one of the
 * configured trusted proxies, the last address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy. The header from anyone else is ignored: it costs nothing to forge.
 */
public final class ClientAddresses {

    private static final int MAX_LENGTH = 64;

    private final Set<String> trustedProxies;

    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's address given the peer's address and the X-Forwarded-For headers, in order. */
    public String of(String peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trustedProxies.contains(client)) {
                break;
            }
        }
        boolean plausible = client.length() <= MAX_LENGTH && client.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '.' || c == ':' || c == '[' || c == ']' || c == '%');
        return plausible ? client : peer;
    }
}
