package org.hrcities.platform.adapter.in.web.archfixturea;

import org.hrcities.platform.adapter.in.web.archfixtureb.WebCycleB;

/**
 * DELIBERATE VIOLATION (architecture test fixture): one half of a cycle between two packages of the
 * web adapter, archfixturea -> archfixtureb -> archfixturea. Breaks rule 8 (web adapter) only.
 */
public final class WebCycleA {

    WebCycleB other;
}
