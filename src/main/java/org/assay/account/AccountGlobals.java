package org.assay.account;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

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
            return container.instance(CurrentUser.class).get().viewer();
        } catch (RuntimeException notResolvable) {
            // Error pages can render where the identity cannot be resolved (an I/O thread): show the plain layout.
            return Viewer.ANONYMOUS;
        }
    }
}
