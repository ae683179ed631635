package org.hrcities.platform.bootstrap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.adapter.in.web.form.FormStamps;

/**
 * The keys that sign the comment form's stamps ({@link FormStamps}), chosen once:
 * <ol>
 * <li>{@code hrc.form-stamp.keys} ({@code HRC_FORM_STAMP_KEYS}) when set: base64 keys of at least 32
 * bytes, separated by commas; the first signs, every one is checked. Give every member the same
 * list; to rotate, put a new key first, restart the members one by one, and drop the old key once no
 * form signed with it can still be open (a day, say). Nobody is signed out: staff sessions do not
 * depend on these keys, and the admin's CSRF tokens are random per browser and keyless.</li>
 * <li>otherwise, on a cluster's member, one random key that the first member to start puts in the
 * data grid ({@value #MAP}) and the others take from there: it lasts as long as one member runs;</li>
 * <li>otherwise (a single instance) a random key drawn at start: a form open across a restart comes
 * back with a stamp of unknown age, which the rules on arrival do not count against it.</li>
 * </ol>
 */
@ApplicationScoped
public class FormStampKeys {

    static final String SETTING = "hrc.form-stamp.keys";
    static final String MAP = "hrc-site-keys";
    static final String FORM_STAMP = "form-stamp";

    private static final Logger LOG = Logger.getLogger(FormStampKeys.class.getName());

    @Inject
    Config config;

    @Inject
    ClusterMembership cluster;

    private FormStamps stamps;

    @Produces
    synchronized FormStamps formStamps() throws NamingException {
        if (stamps == null) {
            stamps = choose();
        }
        return stamps;
    }

    private FormStamps choose() throws NamingException {
        Optional<String> configured = config.getOptionalValue(SETTING, String.class);
        if (configured.isPresent()) {
            return new FormStamps(parse(configured.get()));
        }
        Optional<HazelcastInstance> grid = cluster.grid();
        if (grid.isPresent()) {
            IMap<String, byte[]> keys = GridMaps.outsideTheApplication(grid.get(), MAP);
            byte[] drawn = FormStamps.randomKey();
            byte[] shared = keys.putIfAbsent(FORM_STAMP, drawn);
            LOG.info(shared == null ? "form stamps: drew the cluster's key" : "form stamps: took the cluster's key");
            return new FormStamps(List.of(shared == null ? drawn : shared));
        }
        return FormStamps.withRandomKey();
    }

    /** The keys of {@code hrc.form-stamp.keys}; a clear error for a malformed or short one. */
    static List<byte[]> parse(String setting) {
        List<byte[]> keys = new ArrayList<>();
        int position = 0;
        for (String text : setting.split(",")) {
            position++;
            String key = text.strip();
            if (key.isEmpty()) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = (key.indexOf('-') >= 0 || key.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
                        .decode(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SETTING + ": key " + position + " is not base64 (" + e.getMessage()
                        + "); make one with: openssl rand -base64 32");
            }
            if (bytes.length < FormStamps.MIN_KEY_BYTES) {
                throw new IllegalArgumentException(SETTING + ": key " + position + " has " + bytes.length + " bytes, "
                        + FormStamps.MIN_KEY_BYTES + " at least; make one with: openssl rand -base64 32");
            }
            keys.add(bytes);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(SETTING + " is set but holds no key; make one with: openssl rand -base64 32");
        }
        return keys;
    }
}
