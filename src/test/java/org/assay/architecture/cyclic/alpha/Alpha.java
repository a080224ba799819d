package org.assay.architecture.cyclic.alpha;

import org.assay.architecture.cyclic.beta.Beta;

/** Half of a deliberate cycle between two packages, for the architecture test to catch. */
public class Alpha {

    public Beta partner() {
        return new Beta();
    }
}
