package org.assay.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Checks the username and password of both the login form and HTTP Basic, with the failed-login lock. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountService accounts;
    private final SessionEpochs epochs;

    public PasswordIdentityProvider(AccountService accounts, SessionEpochs epochs) {
        this.accounts = accounts;
        this.epochs = epochs;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            var username = request.getUsername();
            var outcome = accounts.checkPassword(username, new String(request.getPassword().getPassword()));
            if (outcome != LoginOutcome.ACCEPTED) {
                LoginResource.keepTypedName(request);
                throw new AuthenticationFailedException("Sign-in refused: " + outcome);
            }
            var user = accounts.findEnabled(username).orElseThrow(AuthenticationFailedException::new);
            epochs.started(request, user);
            return identity(user);
        });
    }

    static SecurityIdentity identity(AppUser user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(AccountService.rolesOf(user.role)).build();
    }
}
