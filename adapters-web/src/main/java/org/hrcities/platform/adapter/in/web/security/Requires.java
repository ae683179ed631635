package org.hrcities.platform.adapter.in.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hrcities.platform.domain.account.Permission;

/**
 * The permission a resource (on the class) or one of its methods needs. Without a signed-in member
 * of staff the request gets 401 (the API) or the sign-in page (the admin pages); with a member whose
 * role lacks the permission, 403. A method's annotation overrides its class's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    Permission value();
}
