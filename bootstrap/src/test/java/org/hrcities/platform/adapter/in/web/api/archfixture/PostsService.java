package org.hrcities.platform.adapter.in.web.api.archfixture;

import jakarta.ws.rs.Path;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a JAX-RS endpoint named *Service, as in cargotracker.
 * Breaks rule 7b (@Path classes end in Resource, never Service) only. It is package-private so that
 * it does not also break rule 7c, which is about public top-level classes.
 */
@Path("archfixture/posts")
class PostsService {
}
