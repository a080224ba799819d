package org.assay.rubric;

import org.assay.account.Role;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Signed-in sessions of fresh accounts. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static WebSession interviewer() {
        return WebSession.signedIn(TestUsers.create(Role.interviewer), TestUsers.PASSWORD);
    }
}
