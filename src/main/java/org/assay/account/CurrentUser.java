package org.assay.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Who sent the current request, for resources that record an author or show admin-only actions. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    @Inject
    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The signed-in user's name, as audit events and saved versions record it; empty for candidates. */
    public String username() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** The same, for every page's layout. */
    Viewer viewer() {
        return signedIn() ? new Viewer(username(), isAdmin(), identity.hasRole(Role.INTERVIEWER)) : Viewer.ANONYMOUS;
    }
}
