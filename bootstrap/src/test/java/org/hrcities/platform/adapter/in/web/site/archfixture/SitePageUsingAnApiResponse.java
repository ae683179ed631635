package org.hrcities.platform.adapter.in.web.site.archfixture;

import org.hrcities.platform.adapter.in.web.api.post.PostResponse;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a visitors' page built from the JSON API's
 * response record. Breaks rule 10a (surfaces independent) only.
 */
public final class SitePageUsingAnApiResponse {

    PostResponse post;
}
