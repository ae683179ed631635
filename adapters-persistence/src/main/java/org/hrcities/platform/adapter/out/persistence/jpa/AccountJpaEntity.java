package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code staff_accounts}. */
@Entity
@Table(name = "staff_accounts")
public class AccountJpaEntity {

    @Id
    UUID id;

    @Version
    long version;

    @Column(nullable = false, length = 100)
    String email;

    /** The address lower-cased: unique, so that addresses differing in case are one account. */
    @Column(name = "email_key", nullable = false, length = 100)
    String emailKey;

    @Column(name = "display_name", nullable = false, length = 200)
    String displayName;

    @Column(nullable = false, length = 16)
    String role;

    @Column(name = "password_hash", nullable = false, length = 500)
    String passwordHash;

    @Column(nullable = false)
    boolean enabled;

    /** The ISO 639 code of the language the member chose for the admin; null: the site's default. */
    @Column(name = "admin_language", length = 3)
    String adminLanguage;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected AccountJpaEntity() {
    }

    AccountJpaEntity(UUID id) {
        this.id = id;
    }
}
