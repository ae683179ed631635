package org.hrcities.platform.adapter.in.web.admin.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInResourceTest {

    @Test
    void after_sign_in_only_paths_inside_the_admin_are_followed() {
        assertEquals("/admin/posts?status=draft", SignInResource.safeNext("/admin/posts?status=draft"));
        assertEquals("/admin", SignInResource.safeNext(null));
        assertEquals("/admin", SignInResource.safeNext("https://evil.example/admin"));
        assertEquals("/admin", SignInResource.safeNext("//evil.example/admin"));
        assertEquals("/admin", SignInResource.safeNext("/admin\\..\\evil"));
        assertEquals("/admin", SignInResource.safeNext("/admin/x\r\nSet-Cookie: a=b"));
        assertEquals("/admin", SignInResource.safeNext("/admin/sign-out"));
    }
}
