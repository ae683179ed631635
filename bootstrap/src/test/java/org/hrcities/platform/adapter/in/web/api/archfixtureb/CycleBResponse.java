package org.hrcities.platform.adapter.in.web.api.archfixtureb;

import org.hrcities.platform.adapter.in.web.api.archfixturea.CycleAResponse;

/** DELIBERATE VIOLATION (architecture test fixture): the other half of the cycle of {@link CycleAResponse}; rule 8 (web API). */
public record CycleBResponse(CycleAResponse other) {
}
