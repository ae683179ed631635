package org.hrcities.platform.adapter.in.web.archfixture;

import org.hrcities.platform.application.port.out.PostRepository;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a web class that reaches a repository directly.
 * Breaks rule 4b (the web adapter never depends on application.port.out) only.
 */
public class WebClassUsingARepository {
    PostRepository posts;
}
