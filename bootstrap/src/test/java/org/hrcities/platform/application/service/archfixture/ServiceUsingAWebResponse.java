package org.hrcities.platform.application.service.archfixture;

import org.hrcities.platform.adapter.in.web.api.post.PostResponse;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a service that builds a web adapter's response,
 * the layer leak cargotracker has ("application imports interfaces").
 * Breaks rule 2 (application depends only on domain, itself and java..) only.
 */
public class ServiceUsingAWebResponse {
    PostResponse response;
}
