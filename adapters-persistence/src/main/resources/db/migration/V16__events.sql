-- Events of the network: roundtables, webinars, city meetings. The start and end are kept as the clocks
-- show them where the event is held (local date-times with the place's IANA time zone), and once more as
-- the instants they name, which the listings compare and sort by. An all-day event runs from midnight
-- of its first day to midnight after its last, in its zone. The local date-times are ISO-8601 text
-- ("2021-01-20T14:00"): a TIMESTAMP would pass through the JVM's own zone on its way to and from JDBC,
-- which moves a time that zone skips (02:30 on the night its clocks go forward) although the event's
-- zone has it.
CREATE TABLE events (
    id                      UUID                        NOT NULL,
    version                 BIGINT                      NOT NULL,
    slug                    VARCHAR(100)                NOT NULL,
    title                   VARCHAR(400)                NOT NULL,
    description             VARCHAR(50000)              NOT NULL,
    start_local             VARCHAR(32)                 NOT NULL,
    end_local               VARCHAR(32)                 NOT NULL,
    time_zone               VARCHAR(64)                 NOT NULL,
    all_day                 BOOLEAN                     NOT NULL,
    start_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    partner_city_id         UUID,
    address                 VARCHAR(600)                NOT NULL,
    online_link             VARCHAR(200),
    registration_link       VARCHAR(200),
    status                  VARCHAR(16)                 NOT NULL,
    previous_start_local    VARCHAR(32),
    previous_end_local      VARCHAR(32),
    previous_time_zone      VARCHAR(64),
    previous_all_day        BOOLEAN,
    published_at            TIMESTAMP(6) WITH TIME ZONE,
    calendar_sequence       INTEGER                     NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT uq_events_slug UNIQUE (slug),
    CONSTRAINT ck_events_status CHECK (status IN ('SCHEDULED', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT ck_events_times CHECK (end_at > start_at),
    CONSTRAINT ck_events_place CHECK (address <> '' OR online_link IS NOT NULL),
    CONSTRAINT ck_events_previous CHECK ((previous_start_local IS NULL AND previous_end_local IS NULL
            AND previous_time_zone IS NULL AND previous_all_day IS NULL)
        OR (previous_start_local IS NOT NULL AND previous_end_local IS NOT NULL
            AND previous_time_zone IS NOT NULL AND previous_all_day IS NOT NULL)),
    CONSTRAINT ck_events_sequence CHECK (calendar_sequence >= 0)
);

-- upcoming events: those not over yet, soonest first
CREATE INDEX ix_events_end_at ON events (end_at, start_at, id);
-- past events and a period's events, by start; staff's list of every event
CREATE INDEX ix_events_start_at ON events (start_at, id);
-- a city's events: those it hosts
CREATE INDEX ix_events_partner_city ON events (partner_city_id, start_at);

-- the partner cities organising an event, in the editor's order (readers see only the cities that exist);
-- keyed by city, which an event names once, so that reordering them updates positions without a clash
CREATE TABLE event_organisers (
    event_id         UUID    NOT NULL,
    position         INTEGER NOT NULL,
    partner_city_id  UUID    NOT NULL,
    CONSTRAINT pk_event_organisers PRIMARY KEY (event_id, partner_city_id),
    CONSTRAINT fk_event_organisers_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
);

-- a city's events: those it organises
CREATE INDEX ix_event_organisers_city ON event_organisers (partner_city_id, event_id);

-- the posts that announce an event or report on it, in the editor's order (a deleted post is left out when
-- read); keyed by post, as the organisers are by city
CREATE TABLE event_posts (
    event_id  UUID    NOT NULL,
    position  INTEGER NOT NULL,
    post_id   UUID    NOT NULL,
    CONSTRAINT pk_event_posts PRIMARY KEY (event_id, post_id),
    CONSTRAINT fk_event_posts_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
);

-- a post's page: the events that name it
CREATE INDEX ix_event_posts_post ON event_posts (post_id, event_id);
