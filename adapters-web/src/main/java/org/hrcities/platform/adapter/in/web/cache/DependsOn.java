package org.hrcities.platform.adapter.in.web.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares on a resource method that reads that its answer shows more than {@link Change#CONTENT},
 * on which every stored page depends: its stored answer goes out of date with those changes too (the
 * transparency report, for instance, counts the comments received, held ones included).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DependsOn {

    Change[] value();
}
