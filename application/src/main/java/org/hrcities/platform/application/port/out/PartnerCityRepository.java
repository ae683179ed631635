package org.hrcities.platform.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Stores partner cities. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface PartnerCityRepository {

    /**
     * Stores a new city (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored city is no longer at {@code city.version()},
     *         or a new city's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another city has the slug
     */
    void save(PartnerCity city);

    Optional<PartnerCity> findById(PartnerCityId id);

    Optional<PartnerCity> findBySlug(Slug slug);

    /** Every city, retired ones included, by name (ties broken by id). */
    List<PartnerCity> findAll();

    /** The cities that take part in the network now (not retired), by name (ties broken by id). */
    List<PartnerCity> findCurrent();

    /** The cities among {@code ids} that exist, in the order of {@code ids}. */
    List<PartnerCity> findAllById(Collection<PartnerCityId> ids);

    long count();
}
