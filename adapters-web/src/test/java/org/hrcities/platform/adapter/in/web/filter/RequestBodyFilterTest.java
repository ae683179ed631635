package org.hrcities.platform.adapter.in.web.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestBodyFilterTest {

    @Test
    void takes_forms_whose_escapes_decode_to_utf8() {
        assertTrue(RequestBodyFilter.isFormEncoded(""));
        assertTrue(RequestBodyFilter.isFormEncoded("name=Ada+Lovelace&comment=%3Cb%3E+caf%C3%A9&=&&"));
        assertTrue(RequestBodyFilter.isFormEncoded("comment=καλημέρα"));
    }

    @Test
    void refuses_broken_escapes_and_escapes_that_are_not_utf8() {
        assertFalse(RequestBodyFilter.isFormEncoded("token=%ZZ"));
        assertFalse(RequestBodyFilter.isFormEncoded("name=%E0%A4%A"));
        assertFalse(RequestBodyFilter.isFormEncoded("name=%"));
        assertFalse(RequestBodyFilter.isFormEncoded("name=a%2"));
        assertFalse(RequestBodyFilter.isFormEncoded("content=%C3%28"));
        assertFalse(RequestBodyFilter.isFormEncoded("content=%FF"));
    }
}
