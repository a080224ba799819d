package org.assay.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Restores the user of a session cookie on each request. Reading the account again means a disabled account, a
 * changed role or a sign-out takes effect at once, not when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountService accounts;
    private final SessionEpochs epochs;

    public SessionIdentityProvider(AccountService accounts, SessionEpochs epochs) {
        this.accounts = accounts;
        this.epochs = epochs;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.findEnabled(request.getPrincipal())
                .filter(user -> epochs.current(request, user))
                .map(PasswordIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("Account no longer active")));
    }
}
