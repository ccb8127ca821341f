package nl.veiligegemeente.publishing.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An account that may write, with the hash of its bearer token (table {@code publisher}). */
@Entity
@Table(name = "publisher")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    static Account byTokenHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }

    Principal principal() {
        return new Principal(id.toString(), name, role, municipalityCode);
    }
}
