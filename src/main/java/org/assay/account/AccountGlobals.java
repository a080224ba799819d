package org.assay.account;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, for every page's layout. */
@TemplateGlobal
final class AccountGlobals {

    private AccountGlobals() {
    }

    static Viewer viewer() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return Viewer.ANONYMOUS;
        }
        try {
            var identity = container.instance(SecurityIdentity.class).get();
            if (identity.isAnonymous()) {
                return Viewer.ANONYMOUS;
            }
            return new Viewer(identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN),
                    identity.hasRole(Role.INTERVIEWER));
        } catch (RuntimeException notResolvable) {
            // Error pages can render where the identity cannot be resolved (an I/O thread): show the plain layout.
            return Viewer.ANONYMOUS;
        }
    }
}
