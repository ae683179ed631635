package org.hrcities.platform.adapter.in.web.render.archfixture;

import org.hrcities.platform.adapter.in.web.site.post.PostPage;

/**
 * DELIBERATE VIOLATION (architecture test fixture): shared rendering code that knows a page of the
 * visitors' site. Breaks rule 10b (shared packages do not depend on surfaces) only.
 */
public final class RenderingUsingASitePage {

    PostPage page;
}
