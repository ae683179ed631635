package org.hrcities.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaStorage;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * How the cost of the home page's query (page 1 of the published posts, with its total) grows with
 * the site: the same query on 100 and on 100,000 posts, on every storage adapter. Prints p50 and p99
 * latency in microseconds after a warm-up, and the ratio large/small.
 */
final class StorageGrowth {

    private static final int WARM_UP = 500;
    private static final int MEASURED = 2_000;

    private StorageGrowth() {
    }

    static void run(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.WARNING));
        int small = 100;
        int large = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> adapters = args.length > 1 ? List.of(args[1].split(",")) : List.of("memory", "h2", "postgresql");
        System.out.printf("%-12s %9s %12s %12s %12s%n", "adapter", "posts", "fill s", "p50 us", "p99 us");
        for (String adapter : adapters) {
            double[] p50 = new double[2];
            int i = 0;
            for (int size : new int[] {small, large}) {
                try (Store store = Store.open(adapter)) {
                    if (store == null) {
                        System.out.printf("%-12s skipped: no PostgreSQL server at 127.0.0.1:5432%n", adapter);
                        break;
                    }
                    long fillStart = System.nanoTime();
                    fill(store.storage, size);
                    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                    long[] nanos = measure(store.storage);
                    p50[i++] = nanos[nanos.length / 2] / 1e3;
                    System.out.printf("%-12s %9d %12.1f %12.1f %12.1f%n", adapter, size, fillSeconds,
                            nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3);
                }
            }
            if (i == 2) {
                System.out.printf("%-12s page 1 at %,d posts costs %.2f x page 1 at %d posts (p50)%n", adapter, large,
                        p50[1] / p50[0], small);
            }
        }
    }

    private static long[] measure(StorageAdapter storage) {
        PageRequest first = PageRequest.first(10);
        for (int i = 0; i < WARM_UP; i++) {
            storage.transactions().inTransaction(() -> storage.posts().findPublished(first));
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            storage.transactions().inTransaction(() -> storage.posts().findPublished(first));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** A realistic spread: ten years of posts, one in ten still a draft, most tagged with a city or two. */
    private static void fill(StorageAdapter storage, int posts) {
        Random random = new Random(42);
        List<PartnerCityId> cities = new ArrayList<>();
        storage.transactions().inTransaction(() -> {
            for (int c = 0; c < 7; c++) {
                PartnerCity city = PartnerCity.join(PartnerCityId.generate(), new Slug("city-" + c), "City " + c,
                        new CountryCode("AT"), MembershipKind.GUEST, Year.of(2020), null, new GeoPoint(47, 15), "");
                storage.cities().save(city);
                cities.add(city.id());
            }
        });
        Instant end = Instant.parse("2026-01-01T00:00:00Z");
        String body = "A paragraph of a post body. ".repeat(60);
        for (int done = 0; done < posts; ) {
            int batch = Math.min(1_000, posts - done);
            int offset = done;
            storage.transactions().inTransaction(() -> {
                for (int n = 0; n < batch; n++) {
                    int number = offset + n;
                    Post post = Post.draft(PostId.generate(), new Language("en"), new Slug("post-" + number),
                            new PostContent("Post number " + number, body, "Excerpt of post " + number), "Bench",
                            random.nextInt(4) == 0 ? List.of() : List.of(cities.get(random.nextInt(cities.size()))), true,
                            end.minusSeconds(random.nextInt(10 * 365 * 24 * 3600)));
                    if (random.nextInt(10) != 0) {
                        post.publish(end.minusSeconds(random.nextInt(10 * 365 * 24 * 3600)));
                    }
                    storage.posts().save(post);
                }
            });
            done += batch;
        }
    }

    /** A fresh, empty store of one adapter, removed when closed. */
    private static final class Store implements AutoCloseable {
        private final StorageAdapter storage;
        private final Runnable cleanup;

        private Store(StorageAdapter storage, Runnable cleanup) {
            this.storage = storage;
            this.cleanup = cleanup;
        }

        static Store open(String adapter) throws Exception {
            switch (adapter) {
                case "memory":
                    return new Store(new InMemoryStorage(), () -> { });
                case "h2": {
                    Path directory = Files.createTempDirectory("hrc-bench-h2");
                    return new Store(JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("bench"), "", "", 4)),
                            () -> deleteQuietly(directory));
                }
                default: {
                    String admin = System.getenv().getOrDefault("HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
                    String user = System.getenv().getOrDefault("HRC_TEST_PG_USER", "postgres");
                    String database = "hrc_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                    try (Connection connection = DriverManager.getConnection(admin, user, "")) {
                        connection.createStatement().execute("CREATE DATABASE " + database);
                    } catch (SQLException e) {
                        return null;
                    }
                    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + database;
                    return new Store(JpaStorage.open(new JpaSettings(url, user, "", 4)), () -> {
                        try (Connection connection = DriverManager.getConnection(admin, user, "")) {
                            connection.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                        } catch (SQLException e) {
                            System.err.println("could not drop " + database + ": " + e.getMessage());
                        }
                    });
                }
            }
        }

        @Override
        public void close() {
            storage.close();
            cleanup.run();
        }

        private static void deleteQuietly(Path directory) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (Exception e) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
