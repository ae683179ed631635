package org.hrcities.platform.adapter.in.web.archfixture;

import org.hrcities.platform.bootstrap.Services;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a class outside bootstrap that uses the wiring.
 * Breaks rule 5b (nothing outside bootstrap depends on it) only.
 */
public class WebClassUsingBootstrap {
    Services services;
}
