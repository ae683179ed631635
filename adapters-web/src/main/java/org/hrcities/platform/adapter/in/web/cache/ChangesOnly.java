package org.hrcities.platform.adapter.in.web.cache;

import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;

/**
 * Declares on a resource method that its request changes nothing but {@link #value()}, so that the
 * stored pages that do not depend on it stay in use. A method that may change something (any method
 * but GET, HEAD and OPTIONS) and carries no such declaration makes every stored page out of date.
 * <p>
 * When what a request changes depends on its outcome, {@link #when()} names a test of the answer
 * the resource gave: the declaration holds for the answers it accepts, and after any other answer
 * the request counts as having changed everything. A comment, for instance, changes only the counts
 * of comments received when it is held for moderation, and what every reader sees when the rules
 * publish it at once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesOnly {

    Change[] value();

    /**
     * The answers the declaration holds for (a public class with a public constructor taking nothing);
     * by default, every answer.
     */
    Class<? extends Predicate<ContainerResponseContext>> when() default EveryAnswer.class;

    /** The default of {@link #when()}: the declaration holds whatever the answer. */
    final class EveryAnswer implements Predicate<ContainerResponseContext> {

        @Override
        public boolean test(ContainerResponseContext answer) {
            return true;
        }
    }
}
