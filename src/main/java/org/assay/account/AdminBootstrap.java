package org.assay.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;

import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.PublicAddress;
import org.assay.web.SqlStates;

/**
 * Creates the first admin account on a fresh database and says in the log where to sign in. The password comes from
 * {@code assay.admin-password}; without one a random password is generated and logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String FIRST_ADMIN = "admin";
    private static final int GENERATED_BYTES = 18;

    private final AssayConfig config;
    private final AuditService audit;
    private final PublicAddress address;
    private final SecureRandom random = new SecureRandom();
    private volatile String generatedPassword;

    public AdminBootstrap(AssayConfig config, AuditService audit, PublicAddress address) {
        this.config = config;
        this.address = address;
        this.audit = audit;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            createFirstAdmin(config.adminPassword());
        } catch (RuntimeException e) {
            if (!SqlStates.uniqueViolation(e)) {
                throw e;
            }
            // Instances started together on an empty database: another one created the first admin
            generatedPassword = null;
            Log.infof("The first admin account was created by another instance");
        }
    }

    void onListening(@ObservesAsync HttpServerStart event) {
        var url = address.base(event.options().getPort()).replaceAll("/+$", "");
        Log.infof("Assay is ready: open %s/ in a browser", url);
        if (!address.configured()) {
            Log.warnf("ASSAY_BASE_URL is not set: invitation links point to %s/, the address Assay listens on. Set"
                    + " it to the address candidates reach Assay at (such as https://assay.example.org).", url);
        }
        if (generatedPassword != null) {
            logGenerated(url, generatedPassword);
            generatedPassword = null;
        }
    }

    /**
     * Creates the account {@value #FIRST_ADMIN} when no admin exists.
     *
     * @param configured the password to give it; generated when empty
     * @return the generated password, when one was generated; it is logged once the server listens
     */
    @Transactional
    public Optional<String> createFirstAdmin(Optional<String> configured) {
        if (AppUser.count("role", Role.admin) > 0) {
            return Optional.empty();
        }
        var password = configured.filter(p -> !p.isBlank()).orElseGet(this::generate);
        var user = AccountService.newUser(FIRST_ADMIN, Role.admin, password);
        user.displayName = "Administrator";
        user.persist();
        audit.record("system", "user.created", "app_user", user.id, null, FIRST_ADMIN + " (admin, first start)");
        if (configured.filter(p -> !p.isBlank()).isPresent()) {
            Log.infof("Created the first admin account '%s' with the password from ASSAY_ADMIN_PASSWORD", FIRST_ADMIN);
            return Optional.empty();
        }
        generatedPassword = password;
        return Optional.of(password);
    }

    /** Writes the generated password to the log; it is not kept anywhere else in plain text. */
    private static void logGenerated(String url, String password) {
        Log.warnf("""
                First admin account created. Open %s/login and sign in as '%s' with the password
                    %s
                It is shown only this once: keep it safe, or set ASSAY_ADMIN_PASSWORD before the first start.""",
                url, FIRST_ADMIN, password);
    }

    private String generate() {
        var bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
