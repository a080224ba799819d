package org.assay.architecture.cyclic.beta;

import org.assay.architecture.cyclic.alpha.Alpha;

/** The other half of the deliberate cycle. */
public class Beta {

    public Alpha partner() {
        return new Alpha();
    }
}
