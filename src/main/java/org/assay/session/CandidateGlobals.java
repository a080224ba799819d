package org.assay.session;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

import org.assay.web.AssayConfig;

/** What every candidate page may say about whom to contact. */
@TemplateGlobal
final class CandidateGlobals {

    private CandidateGlobals() {
    }

    /** The organisation's contact for candidates (assay.test.contact), or empty when none is configured. */
    static String candidateContact() {
        return Arc.container().instance(AssayConfig.class).get().test().contact().map(String::strip).orElse("");
    }
}
