package org.hrcities.platform.adapter.out.persistence.archfixture;

import jakarta.persistence.Entity;

/**
 * DELIBERATE VIOLATION (architecture test fixture): a JPA entity in the right adapter whose name does
 * not end in JpaEntity, so that only the naming half of rule 7a can catch it. Breaks rule 7a only.
 */
@Entity
public class PostRow {
}
