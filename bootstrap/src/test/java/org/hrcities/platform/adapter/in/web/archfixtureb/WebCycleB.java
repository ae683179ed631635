package org.hrcities.platform.adapter.in.web.archfixtureb;

import org.hrcities.platform.adapter.in.web.archfixturea.WebCycleA;

/** DELIBERATE VIOLATION (architecture test fixture): the other half of the cycle of {@link WebCycleA}. */
public final class WebCycleB {

    WebCycleA other;
}
