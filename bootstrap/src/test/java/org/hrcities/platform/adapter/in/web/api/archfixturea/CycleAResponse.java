package org.hrcities.platform.adapter.in.web.api.archfixturea;

import org.hrcities.platform.adapter.in.web.api.archfixtureb.CycleBResponse;

/**
 * DELIBERATE VIOLATION (architecture test fixture): one half of a package cycle between two web API
 * slices, archfixturea -> archfixtureb -> archfixturea. Breaks rule 8 (web API) only (named
 * *Response so that it keeps rule 7c).
 */
public record CycleAResponse(CycleBResponse other) {
}
