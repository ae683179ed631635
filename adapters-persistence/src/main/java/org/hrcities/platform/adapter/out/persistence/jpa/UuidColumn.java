package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Hands the UUIDs of an element collection to the JDBC driver as they are. Left to itself, EclipseLink 5
 * binds them as sixteen raw bytes, which a UUID column refuses on PostgreSQL and misreads on H2; the
 * drivers of both databases take and return {@link UUID} objects for such a column.
 */
@Converter
public class UuidColumn implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        return column == null || column instanceof UUID ? (UUID) column : UUID.fromString(column.toString());
    }
}
