package org.assay.mail;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application with an SMTP server configured: GreenMail on loopback. */
public class MailProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GreenMailResource.class));
    }
}
